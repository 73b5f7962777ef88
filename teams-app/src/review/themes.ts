/**
 * Fluent themes for the three Teams themes, so the tab matches the client around it.
 */
import { createTheme } from '@fluentui/react';
import type { Theme } from '@fluentui/react';
import type { TabTheme } from '../host/host-types';

const light = createTheme({ palette: { themePrimary: '#6264a7', themeDarkAlt: '#585a96', themeDark: '#4a4c7f' } });

const dark = createTheme({
  palette: {
    themePrimary: '#7f85f5', themeDarkAlt: '#9299f7', themeDark: '#aab0fa',
    neutralPrimary: '#ffffff', neutralSecondary: '#d6d6d6', neutralTertiary: '#adadad', neutralLight: '#3b3a39',
    neutralLighter: '#323130', neutralLighterAlt: '#2b2b2b', white: '#1f1f1f', black: '#ffffff', neutralQuaternaryAlt: '#484644',
  },
  isInverted: true,
});

const contrast = createTheme({
  palette: {
    themePrimary: '#ffff01', themeDarkAlt: '#ffff01', themeDark: '#ffff01',
    neutralPrimary: '#ffffff', neutralSecondary: '#ffffff', neutralLight: '#000000', white: '#000000', black: '#ffffff',
  },
  isInverted: true,
});

export function themeFor(theme: TabTheme): Theme {
  return theme === 'dark' ? dark : theme === 'contrast' ? contrast : light;
}

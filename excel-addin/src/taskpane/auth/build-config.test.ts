/** The app registration the build injects, checked before MSAL sees it. */
import { injectedAuthConfig, isWorkbenchBuild } from './build-config';
import { TokenError } from './token-source';

const ID = '0f6c9e2a-1b2c-4d3e-8f90-a1b2c3d4e5f6';

it('a client id and an empty authority give the multi-tenant work-account authority', () => {
  expect(injectedAuthConfig({ clientId: ` ${ID} `, authority: '' })).toEqual({ clientId: ID, authority: 'https://login.microsoftonline.com/organizations' });
});

it('a build without a client id fails at sign-in saying how to package it', () => {
  expect(() => injectedAuthConfig({ clientId: '', authority: '' })).toThrow(TokenError);
  expect(() => injectedAuthConfig(undefined)).toThrow(/package it again with GTM_EXCEL_CLIENT_ID=/);
});

it('outside a webpack build (jest) nothing is injected: not the workbench build', () => {
  expect(isWorkbenchBuild()).toBe(false);
});

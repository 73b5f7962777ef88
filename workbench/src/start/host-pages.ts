/**
 * The host pages `npm start` serves beside the stand-in: each surface's browser build, mounted
 * under its own prefix. `npm run build:ui` (run by `npm start` and `npm test`) produces them.
 */
import { join } from 'node:path';
import type { StaticMount } from '../server/static/static-files';

/** The mounts for a repository checked out at `root`. */
export function hostPageMounts(root: string): StaticMount[] {
  const hint = 'run `npm run build:ui` at the repository root (npm start does it).';
  return [
    {
      prefix: '/webparts/',
      dir: join(root, 'workbench', 'dist', 'webparts'),
      title: 'SharePoint web parts: GTM Control Plane, Risk Register, MQA file',
      missingHint: hint,
      pages: [
        { path: 'control-plane.html', title: 'GTM Control Plane' },
        { path: 'risk-register.html', title: 'Risk Register' },
        { path: 'mqa-file.html', title: 'MQA file' },
      ],
    },
    {
      prefix: '/teams/',
      dir: join(root, 'teams-app', 'build', 'web'),
      title: 'Teams tab: the GTM Review (standalone and inside a fake Teams host)',
      missingHint: hint,
      pages: [
        { path: 'index.html', title: 'The tab standalone' },
        { path: 'host.html', title: 'Fake Teams host: channel tab' },
        { path: 'host.html?frame=sidePanel', title: 'Fake Teams host: meeting side panel' },
        { path: 'host.html?frame=meetingStage', title: 'Fake Teams host: meeting stage' },
        { path: 'host.html?page=config', title: 'Fake Teams host: tab configuration' },
      ],
    },
    {
      prefix: '/excel/',
      dir: join(root, 'excel-addin', 'dist'),
      title: 'Excel add-in: functions playground and task pane',
      missingHint: hint,
      pages: [
        { path: 'playground.html', title: 'Functions playground' },
        { path: 'taskpane-workbench.html', title: 'Task pane beside a stub workbook' },
      ],
    },
  ];
}

/** The repository root, from the built `workbench/dist/start` or the `workbench/src/start` source. */
export const REPOSITORY_ROOT = join(__dirname, '..', '..', '..');

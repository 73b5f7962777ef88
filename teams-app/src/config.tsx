/**
 * Entry of `config.html`, the configuration page of the configurable tab: the connecting spinner
 * and teams-js up front; the page itself (src/config-page.tsx) is a chunk fetched at once.
 */
import { startPage } from './start-page';

void startPage('config.html', () => import('./config-page').then((m) => m.page));

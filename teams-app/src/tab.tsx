/**
 * Entry of `index.html` (the channel tab, the meeting side panel and the stage): the connecting
 * spinner and teams-js up front; the review (src/review-page.tsx: data layer and views) is a chunk
 * fetched at once, in parallel with connecting to Teams.
 */
import { startPage } from './start-page';

void startPage('index.html', () => import('./review-page').then((m) => m.page));

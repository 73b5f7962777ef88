/**
 * playground.js: after cf-stub.js installed the stub runtime and functions.js associated the real
 * functions into it, lays out the sample data and renders every sample formula's result.
 */
import { SAMPLE_DEALS, SAMPLE_TOUCHPOINTS } from '../sample/worked-example';
import type { CustomFunctionsStub } from './custom-functions-stub';
import { place, type Grid } from './formulas';
import { renderPlayground } from './sheet-view';

const root = document.getElementById('root');
const runtime = (globalThis as unknown as { CustomFunctions?: CustomFunctionsStub }).CustomFunctions;
if (root) {
  if (!runtime || runtime.functions.size === 0) {
    root.textContent = 'The functions bundle did not load (functions.js): run `npm run build:ui` and reload.';
  } else {
    const grid: Grid = [];
    place(grid, 'A1', SAMPLE_TOUCHPOINTS);
    place(grid, 'G1', SAMPLE_DEALS);
    renderPlayground(root, grid, runtime.functions);
    document.body.dataset.ready = 'true';
  }
}

/**
 * office-stub.js, for taskpane-workbench.html only (the workbench build, never the package):
 * installs stub `Office` and `Excel` globals over an in-memory workbook BEFORE taskpane.js runs,
 * and redraws the workbook into #workbook after every sync, so the real task pane can be driven in
 * a browser without Excel. The page also loads cf-stub.js and functions.js, so formulas compute.
 */
import type { CustomFunctionsStub } from './custom-functions-stub';
import { createOfficeStub, createStubWorkbook } from './office-stub';
import { renderWorkbook } from './workbook-view';

const book = createStubWorkbook();
const draw = (): void => {
  const container = document.getElementById('workbook');
  const runtime = (globalThis as unknown as { CustomFunctions?: CustomFunctionsStub }).CustomFunctions;
  if (container) renderWorkbook(container, book, runtime?.functions);
};
const { Excel, Office } = createOfficeStub(book, draw);
Object.assign(globalThis, { Excel, Office });
// Deferred scripts run after parsing, so #workbook exists: draw the empty Sheet1 at once.
draw();

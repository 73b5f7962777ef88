/// <reference types="office-js" />
/**
 * taskpane.js: renders the task pane once Office is ready. Outside Excel (office.js absent, e.g.
 * the page opened in a browser from the workbench), it says how to open it in Excel instead.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { initializeIcons } from '@fluentui/react';
import { TaskPane } from './TaskPane';
import { insertSampleData, writeTable } from './excel-tables';
import { workbenchStoreOpener } from './sharepoint-source';

const root = document.getElementById('root');
const openStore = workbenchStoreOpener(window.location.origin);

if (root) {
  initializeIcons(undefined, { disableWarnings: true });
  if (typeof Office === 'undefined') {
    root.textContent =
      'This is the GTM task pane: it runs inside Excel. Sideload manifest.xml (see excel-addin/README.md), or try the functions in the playground (playground.html).';
  } else {
    void Office.onReady(() => {
      ReactDOM.render(<TaskPane openStore={openStore} tables={{ writeTable, insertSampleData }} />, root);
    });
  }
}

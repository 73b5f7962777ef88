/**
 * The task pane: pick MQA accounts, deals or touchpoints and load them from SharePoint into an
 * Excel table (with progress for large lists), or insert the worked example with its formulas.
 * Excel access comes in as `tables` and SharePoint as `openStore`, so tests run it without either.
 */
import * as React from 'react';
import {
  ChoiceGroup,
  DefaultButton,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  ProgressIndicator,
  Stack,
  Text,
  mergeStyleSets,
  type IChoiceGroupOption,
} from '@fluentui/react';
import { DATASETS, EXCEL_DATE_FORMAT, datasetOf, type DatasetKey } from './datasets';
import type { TableTarget } from './excel-tables';
import { invalidRowsMessage, loadErrorMessage } from './load-messages';
import { readDataset } from './read-dataset';
import type { StoreOpener } from './sharepoint-source';
import type { CellValue } from './datasets';

/** The Excel side the pane needs (excel-tables.ts in Excel, a fake in tests). */
export interface ExcelTables {
  writeTable(target: TableTarget, pages: AsyncIterable<CellValue[][]>, onProgress: (rowsWritten: number) => void): Promise<number>;
  insertSampleData(): Promise<void>;
}

export interface TaskPaneProps {
  openStore: StoreOpener;
  tables: ExcelTables;
  /** The site the lists are read from, with the "Change site" action (absent: no site line). */
  site?: { url: string; displayName: string; onChange: () => void };
}

type Status =
  | { kind: 'idle' }
  | { kind: 'loading'; label: string; written: number }
  | { kind: 'done'; text: string; warning?: string }
  | { kind: 'error'; text: string };

const classes = mergeStyleSets({
  root: { padding: 16, maxWidth: 420 },
  section: { borderTop: '1px solid #e1e1e1', paddingTop: 12 },
});

const OPTIONS: IChoiceGroupOption[] = DATASETS.map((d) => ({ key: d.key, text: `${d.label} (${d.list.title})` }));

export function TaskPane({ openStore, tables, site }: TaskPaneProps): React.ReactElement {
  const [choice, setChoice] = React.useState<DatasetKey>('touchpoints');
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'loading';

  const load = async (): Promise<void> => {
    const dataset = datasetOf(choice);
    setStatus({ kind: 'loading', label: dataset.plural, written: 0 });
    const invalid: { id: number; errors: string[] }[] = [];
    try {
      const store = await openStore();
      async function* rows(): AsyncGenerator<CellValue[][]> {
        for await (const page of readDataset(store, dataset)) {
          invalid.push(...page.invalid);
          yield page.rows;
        }
      }
      const target = {
        sheetName: `GTM ${dataset.label}`,
        tableName: dataset.tableName,
        headers: dataset.headers,
        dateColumns: { headers: dataset.dateHeaders, format: EXCEL_DATE_FORMAT },
      };
      const written = await tables.writeTable(target, rows(), (n) => setStatus({ kind: 'loading', label: dataset.plural, written: n }));
      setStatus({
        kind: 'done',
        text: `Loaded ${written.toLocaleString('en')} ${written === 1 ? dataset.singular : dataset.plural} into the table ${dataset.tableName} on the sheet "${target.sheetName}".`,
        warning: invalidRowsMessage(invalid, dataset.list.title),
      });
    } catch (error) {
      setStatus({ kind: 'error', text: loadErrorMessage(error, dataset) });
    }
  };

  const insertSample = async (): Promise<void> => {
    try {
      await tables.insertSampleData();
      setStatus({ kind: 'done', text: 'The worked example and its formulas are on the sheet "GTM Sample" (touchpoints in A1:E3, formulas from K1).' });
    } catch (error) {
      setStatus({ kind: 'error', text: loadErrorMessage(error, { label: 'the sample', list: { title: 'GTM Sample' } as never }) });
    }
  };

  return (
    <Stack tokens={{ childrenGap: 12 }} className={classes.root}>
      <Text variant="xLarge" as="h1">
        GTM data
      </Text>
      {site && (
        <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
          <Text>
            Site: {site.displayName} ({site.url})
          </Text>
          <DefaultButton text="Change site" onClick={site.onChange} disabled={busy} />
        </Stack>
      )}
      <ChoiceGroup
        label="Data to load from SharePoint"
        options={OPTIONS}
        selectedKey={choice}
        onChange={(_, option) => option && setChoice(option.key as DatasetKey)}
        disabled={busy}
      />
      <PrimaryButton text="Load from SharePoint" onClick={() => void load()} disabled={busy} />
      {status.kind === 'loading' && (
        <ProgressIndicator
          label={`Loading ${status.label}…`}
          description={`${status.written.toLocaleString('en')} rows written to Excel`}
        />
      )}
      {status.kind === 'done' && <MessageBar messageBarType={MessageBarType.success}>{status.text}</MessageBar>}
      {status.kind === 'done' && status.warning && <MessageBar messageBarType={MessageBarType.warning}>{status.warning}</MessageBar>}
      {status.kind === 'error' && (
        // Fluent gives an error MessageBar role="alert", so screen readers announce it at once.
        <MessageBar messageBarType={MessageBarType.error}>{status.text}</MessageBar>
      )}
      <Stack tokens={{ childrenGap: 8 }} className={classes.section}>
        <Text>Try the functions on a small worked example: touchpoints, deals and a formula for each function.</Text>
        <DefaultButton text="Insert sample data" onClick={() => void insertSample()} disabled={busy} />
      </Stack>
    </Stack>
  );
}

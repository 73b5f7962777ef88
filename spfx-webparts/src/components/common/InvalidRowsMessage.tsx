import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';

/** A list row that did not map to the domain: shown to the user, never silently dropped. */
export interface InvalidRow {
  /** The list's title, e.g. `Risk Register`. */
  list: string;
  id: number;
  errors: string[];
}

/** How many invalid rows are listed by id before "and N more" (the message must stay readable). */
const LISTED = 5;

/**
 * Rows that did not validate are reported, never silently dropped: which list, which item, what
 * is wrong, so a list owner can open the item and fix it. The three web parts all use this one.
 * @example <InvalidRowsMessage rows={invalid.map((r) => ({ list: 'Risk Register', ...r }))} />
 */
export function InvalidRowsMessage({ rows, testId = 'invalid-rows' }: { rows: readonly InvalidRow[]; testId?: string }): React.ReactElement | null {
  if (rows.length === 0) return null;
  return (
    <div data-testid={testId}>
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        <div>
          {rows.length === 1 ? '1 item could not be read and is left out' : `${rows.length} items could not be read and are left out`}
          ; fix them in the list:
          <ul>
            {rows.slice(0, LISTED).map((row) => (
              <li key={`${row.list}-${row.id}`}>{`${row.list}, item ${row.id}: ${row.errors.join('; ')}`}</li>
            ))}
            {rows.length > LISTED && <li>{`and ${rows.length - LISTED} more`}</li>}
          </ul>
        </div>
      </MessageBar>
    </div>
  );
}

import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import type { InvalidRow } from './control-plane-data';

/** How many invalid rows are listed by id before "and N more" (the message must stay readable). */
const LISTED = 5;

/**
 * Rows that did not validate are reported, never silently dropped: which list, which item, what
 * is wrong, so a list owner can open the item and fix it.
 */
export function InvalidRowsMessage({ rows }: { rows: readonly InvalidRow[] }): React.ReactElement | null {
  if (rows.length === 0) return null;
  return (
    <div data-testid="invalid-rows">
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

import type { QualifiedAccount } from '@gtm/shared';
import { formatDate } from '../common/format-date';

/** One field of an account in the MQA list: a table column when wide, a labelled line of a stacked row when narrow. */
export interface AccountField {
  key: 'domain' | 'icp' | 'engagement' | 'owner' | 'since';
  name: string;
  /** The table column's widths (DetailsList). */
  minWidth: number;
  maxWidth: number;
  /** A stacked row gives it a whole line (a domain is one long word: in half a line it broke mid-word). */
  fullLine?: boolean;
  /** The value as text (rendered as text, never HTML). */
  render: (account: QualifiedAccount) => string;
}

/** The date of the account's last move, else the day it was identified. */
function sinceOf(account: QualifiedAccount): string {
  return account.stageHistory[account.stageHistory.length - 1]?.at ?? account.identifiedAt;
}

/** The fields after the account's name, in the order the table and the stacked rows show them. */
export const ACCOUNT_FIELDS: readonly AccountField[] = [
  // Wide enough for the demo's longest domains (brightwavesoftware.example): at 120 px most read "bellowspharma.exa…".
  { key: 'domain', name: 'Domain', minWidth: 170, maxWidth: 240, fullLine: true, render: (a) => a.domain },
  { key: 'icp', name: 'ICP fit', minWidth: 50, maxWidth: 60, render: (a) => `${a.icpFit} / 5` },
  // Wide enough for the header's own word (at 70 px it read "Engage…" at 1440 px).
  { key: 'engagement', name: 'Engagement', minWidth: 96, maxWidth: 110, render: (a) => String(a.engagementScore) },
  { key: 'owner', name: 'Marketing owner', minWidth: 120, maxWidth: 180, render: (a) => a.marketingOwner.displayName ?? a.marketingOwner.email },
  // "In stage since" whole (at 90 px it read "In stage si…").
  { key: 'since', name: 'In stage since', minWidth: 118, maxWidth: 130, render: (a) => formatDate(sinceOf(a)) },
];

import { mergeStyleSets } from '@fluentui/react';
import type { KpiStatus } from '@gtm/shared';

/**
 * Status colours (text on tint, 4.5:1 contrast or better). Colour is never the only signal: the
 * badge always carries the status label too.
 */
export const KPI_STATUS_COLOURS: Readonly<Record<KpiStatus, { text: string; background: string }>> = {
  'off-track': { text: '#a4262c', background: '#fde7e9' },
  'at-risk': { text: '#7a5200', background: '#fff4ce' },
  'on-track': { text: '#0b6a0b', background: '#dff6dd' },
  'no-data': { text: '#484644', background: '#f3f2f1' },
};

export const controlPlaneClasses = mergeStyleSets({
  root: { padding: 16, maxWidth: 1280, boxSizing: 'border-box' },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-end', marginBottom: 16 },
  section: { marginTop: 24 },
  sectionHeading: { margin: '0 0 8px', fontSize: 20, fontWeight: 600 },
  areaHeading: { margin: '16px 0 8px', fontSize: 16, fontWeight: 600 },
  cardGrid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: 12 },
  card: {
    border: '1px solid #edebe9',
    borderRadius: 4,
    padding: 12,
    background: '#ffffff',
    boxShadow: '0 1.6px 3.6px rgba(0,0,0,0.13)',
    display: 'flex',
    flexDirection: 'column',
    gap: 6,
  },
  cardTitle: { margin: 0, fontSize: 14, fontWeight: 600, wordBreak: 'break-word' },
  cardHeader: { display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' },
  actual: { fontSize: 20, fontWeight: 600 },
  muted: { color: '#605e5c', fontSize: 12 },
  badge: { display: 'inline-block', padding: '2px 8px', borderRadius: 10, fontSize: 12, fontWeight: 600, whiteSpace: 'nowrap' },
  table: { width: '100%', borderCollapse: 'collapse' },
  cell: { textAlign: 'left', padding: '6px 8px', borderBottom: '1px solid #edebe9', verticalAlign: 'top', wordBreak: 'break-word' },
  overdue: { color: '#a4262c', fontWeight: 600 },
  rank: { fontWeight: 600, width: 32 },
  form: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: 12, alignItems: 'start', marginTop: 12 },
  formActions: { display: 'flex', alignItems: 'flex-end', gap: 8, paddingTop: 28 },
});

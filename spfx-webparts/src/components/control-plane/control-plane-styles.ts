import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { type Theme } from '@fluentui/react/lib/Theme';

/**
 * The Control Plane's classes in the given theme: cards, dividers and muted text take the theme's
 * tokens, so the web part reads on a dark or strong section as on a white one.
 */
export const getControlPlaneClasses = (theme: Theme) =>
  mergeStyleSets({
    root: { padding: 16, maxWidth: 1280, boxSizing: 'border-box' },
    toolbar: { display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-end', marginBottom: 16 },
    section: { marginTop: 24 },
    sectionHeading: { margin: '0 0 8px', fontSize: 20, fontWeight: 600 },
    areaHeading: { margin: '16px 0 8px', fontSize: 16, fontWeight: 600 },
    cardGrid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: 12 },
    card: {
      border: `1px solid ${theme.semanticColors.bodyDivider}`,
      borderRadius: 4,
      padding: 12,
      background: theme.semanticColors.cardStandoutBackground,
      boxShadow: '0 1.6px 3.6px rgba(0,0,0,0.13)',
      display: 'flex',
      flexDirection: 'column',
      gap: 6,
    },
    cardTitle: { margin: 0, fontSize: 14, fontWeight: 600, wordBreak: 'break-word' },
    cardHeader: { display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' },
    actual: { fontSize: 20, fontWeight: 600 },
    muted: { color: theme.semanticColors.bodySubtext, fontSize: 12 },
    table: { width: '100%', borderCollapse: 'collapse' },
    cell: { textAlign: 'left', padding: '6px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, verticalAlign: 'top', wordBreak: 'break-word' },
    overdue: { color: theme.semanticColors.errorText, fontWeight: 600 },
    rank: { fontWeight: 600, width: 32 },
    // "Rank" on one line: the 32 px rank column broke it as "Ran / k".
    rankHeader: { whiteSpace: 'nowrap', width: 32 },
    form: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: 12, alignItems: 'start', marginTop: 12 },
    formActions: { display: 'flex', alignItems: 'flex-end', gap: 8, paddingTop: 28 },
  });

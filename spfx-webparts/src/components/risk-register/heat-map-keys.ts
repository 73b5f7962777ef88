import type { RiskLevel } from '@gtm/shared';
import type { HeatMapCell } from './risk-filter';

/** The key presses the heat map's grid answers (WAI-ARIA grid pattern, "Keyboard interaction"). */
export interface GridKey {
  key: string;
  ctrlKey: boolean;
}

const clamp = (level: number): RiskLevel => Math.min(5, Math.max(1, level)) as RiskLevel;

/**
 * Where the focus goes inside the 5×5 heat map for a key press, or null when the key is not a
 * grid navigation key (Tab, Enter and Space are left to the browser and the cell's button). The
 * rows are drawn likelihood 5 at the top down to 1, so ArrowUp raises the likelihood; the
 * columns are impact 1 to 5 left to right. The focus stops at the edges (no wrapping), as the
 * WAI-ARIA grid pattern describes for data grids.
 *
 * @example
 * nextHeatMapCell({ likelihood: 3, impact: 3 }, { key: 'ArrowUp', ctrlKey: false }); // { likelihood: 4, impact: 3 }
 * nextHeatMapCell({ likelihood: 3, impact: 3 }, { key: 'End', ctrlKey: false });     // { likelihood: 3, impact: 5 }
 * nextHeatMapCell({ likelihood: 3, impact: 3 }, { key: 'Home', ctrlKey: true });     // { likelihood: 5, impact: 1 } (top-left)
 */
export function nextHeatMapCell(from: HeatMapCell, { key, ctrlKey }: GridKey): HeatMapCell | null {
  const { likelihood, impact } = from;
  switch (key) {
    case 'ArrowUp':
      return { likelihood: clamp(likelihood + 1), impact };
    case 'ArrowDown':
      return { likelihood: clamp(likelihood - 1), impact };
    case 'ArrowLeft':
      return { likelihood, impact: clamp(impact - 1) };
    case 'ArrowRight':
      return { likelihood, impact: clamp(impact + 1) };
    case 'Home':
      return ctrlKey ? { likelihood: 5, impact: 1 } : { likelihood, impact: 1 };
    case 'End':
      return ctrlKey ? { likelihood: 1, impact: 5 } : { likelihood, impact: 5 };
    case 'PageUp':
      return { likelihood: 5, impact };
    case 'PageDown':
      return { likelihood: 1, impact };
    default:
      return null;
  }
}

import { addCredit, toAttributionResult, type CreditSheet } from './credit-sheet';
import { UNATTRIBUTED } from './types';
import type { AttributionResult, Deal } from './types';

/**
 * OLS/CS attribution over deals (DOMAIN.md §6): half of each deal's amount to its OLS source, half
 * to its CS source; a source that is the same for both gets both halves. Sources are trimmed, and a
 * blank one is never guessed: its half goes to `(unattributed)`. The dates play no part.
 *
 * @example
 * attributeOlsCs([
 *   { dealId: 'd1', amount: 1000, ols: 'Partner', olsDate: null, cs: 'Events', csDate: null },
 *   { dealId: 'd2', amount: 500, ols: 'Partner', olsDate: null, cs: ' Partner ', csDate: null },
 *   { dealId: 'd3', amount: 200, ols: '', olsDate: null, cs: 'Events', csDate: null },
 * ])
 * //=> { model: 'ols-cs', total: 1700, channels: [
 * //     { channel: 'Partner', credit: 1000, share: 0.588… },
 * //     { channel: 'Events', credit: 600, share: 0.352… },
 * //     { channel: '(unattributed)', credit: 100, share: 0.058… } ] }
 */
export function attributeOlsCs(deals: Iterable<Deal>): AttributionResult {
  const credits: CreditSheet = new Map();
  let total = 0;
  for (const deal of deals) {
    total += deal.amount;
    const half = deal.amount / 2;
    addCredit(credits, sourceChannel(deal.ols), half);
    addCredit(credits, sourceChannel(deal.cs), half);
  }
  return toAttributionResult('ols-cs', credits, total);
}

function sourceChannel(source: string): string {
  const trimmed = source.trim();
  return trimmed === '' ? UNATTRIBUTED : trimmed;
}

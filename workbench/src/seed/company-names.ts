import type { Rng } from './prng';

/** Fictional company stems (Microsoft's sample names and other invented ones). */
const STEMS = [
  'Northwind', 'Fabrikam', 'Tailspin', 'Woodgrove', 'Litware', 'Adatum', 'Proseware', 'Wingtip',
  'Coho', 'Lamna', 'Relecloud', 'VanArsdel', 'Lucerne', 'Alpine Ski', 'Blue Yonder', 'Humongous',
  'Trey', 'Wide World', 'Fourth Coffee', 'Margie', 'Bellows', 'Consolidated', 'Datum', 'Nod',
  'Southridge', 'Contour', 'Graphite', 'Tidewater', 'Silverpine', 'Kestrel', 'Brightwave', 'Harbor',
  'Ironbridge', 'Meridian', 'Oakridge', 'Pinnacle', 'Redwood', 'Stonegate', 'Vantage', 'Zephyr',
  'Aurora', 'Bluefin', 'Cobalt', 'Evergreen', 'Falcon', 'Granite', 'Helios', 'Juniper',
];

/** What the companies do, as the last word of their names. */
const SECTORS = [
  'Logistics', 'Health', 'Bank', 'Energy', 'Insurance', 'Manufacturing', 'Retail', 'Telecom',
  'Pharma', 'Foods', 'Systems', 'Capital', 'Mobility', 'Analytics', 'Labs', 'Utilities',
  'Airlines', 'Media', 'Automotive', 'Software',
];

export interface CompanyName {
  name: string;
  domain: string;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * `count` distinct fictional companies, e.g. "Woodgrove Bank" at woodgrovebank.example.
 * @example companyNames(2, rng) // [{ name: 'Kestrel Pharma', domain: 'kestrelpharma.example' }, …]
 */
export function companyNames(count: number, rng: Rng): CompanyName[] {
  const pairs: [string, string][] = [];
  for (const stem of STEMS) for (const sector of SECTORS) pairs.push([stem, sector]);
  if (count > pairs.length) throw new RangeError(`At most ${pairs.length} company names, asked for ${count}`);
  const usedStems = new Map<string, number>();
  const picked: CompanyName[] = [];
  for (const [stem, sector] of rng.shuffle(pairs)) {
    if (picked.length === count) break;
    // Few stems twice, so the list reads like a market, not a grid.
    const used = usedStems.get(stem) ?? 0;
    if (used >= Math.ceil(count / STEMS.length) + 1) continue;
    usedStems.set(stem, used + 1);
    const name = `${stem} ${sector}`;
    picked.push({ name, domain: `${slug(name)}.example` });
  }
  return picked;
}

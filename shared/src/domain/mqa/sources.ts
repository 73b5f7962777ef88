/**
 * The marketing channels as the CRM names them: where a touchpoint happened and where an account or
 * a deal originally came from (its Original Lead Source).
 */
export const MARKETING_CHANNELS = ['Email', 'Paid search', 'Organic search', 'LinkedIn', 'Events', 'Webinar', 'Partner referral', 'Direct'] as const;

/**
 * What can convert an account (its Converting Source, DOMAIN.md §5): one of the channels, or Sales'
 * own outreach. The hand-over to Sales offers these and records nothing else.
 */
export const CONVERTING_SOURCES = [...MARKETING_CHANNELS, 'Sales outreach'] as const;
export type ConvertingSource = (typeof CONVERTING_SOURCES)[number];

/** True when `source` is one of {@link CONVERTING_SOURCES} (exactly as listed). */
export function isConvertingSource(source: string): source is ConvertingSource {
  return (CONVERTING_SOURCES as readonly string[]).includes(source);
}

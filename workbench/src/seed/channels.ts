import { CONVERTING_SOURCES as DOMAIN_CONVERTING_SOURCES, MARKETING_CHANNELS } from '@gtm/shared';

/** Marketing and sales channels, as the CRM names them (touchpoints, OLS and CS): the domain's list. */
export const CHANNELS = MARKETING_CHANNELS;

/** Sources a deal or account can be converted by: the channels plus Sales' own outreach (the hand-over's choices). */
export const CONVERTING_SOURCES = DOMAIN_CONVERTING_SOURCES;

/** Relative weights for where accounts and deals originally came from (OLS). */
export const OLS_WEIGHTS: readonly number[] = [10, 16, 22, 14, 12, 10, 8, 8];

/** Relative weights for what converted them (CS), same order as CONVERTING_SOURCES. */
export const CS_WEIGHTS: readonly number[] = [12, 6, 6, 8, 12, 16, 12, 10, 18];

/** What the demo company's buyers research (intent topics of the MQA file). */
export const INTENT_TOPICS = [
  'SIEM',
  'Threat detection',
  'Cloud security posture',
  'Zero trust',
  'Log management',
  'SOC automation',
  'Compliance reporting',
  'Incident response',
  'Identity security',
  'XDR',
] as const;

import type { IsoDate } from '@gtm/shared';
import type { WebPartEnvironment } from '../common/environment';

/**
 * The environment's clock as the domain's business day (UTC calendar day, `YYYY-MM-DD`): the date
 * stamped on stage moves, corrections, triage and outreach.
 * @example todayOf({ now: () => new Date('2026-11-22T15:00:00Z'), … }) // '2026-11-22'
 */
export function todayOf(env: Pick<WebPartEnvironment, 'now'>): IsoDate {
  return env.now().toISOString().slice(0, 10);
}

/** The signed-in user as the domain's `Person` (the e-mail is the identity). */
export function currentPerson(env: Pick<WebPartEnvironment, 'currentUser'>): { email: string; displayName: string } {
  return { email: env.currentUser.email, displayName: env.currentUser.displayName };
}

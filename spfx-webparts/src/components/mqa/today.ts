import { localDay, type IsoDate } from '@gtm/shared';
import type { WebPartEnvironment } from '../common/environment';

/**
 * The environment's clock as the user's business day (`localDay`, as the Control Plane and the Risk
 * Register use it): the date stamped on stage moves, corrections, triage and outreach.
 * @example todayOf({ now: () => new Date(2026, 10, 22, 15, 0), … }) // '2026-11-22'
 */
export function todayOf(env: Pick<WebPartEnvironment, 'now'>): IsoDate {
  return localDay(env.now());
}

/** The signed-in user as the domain's `Person` (the e-mail is the identity). */
export function currentPerson(env: Pick<WebPartEnvironment, 'currentUser'>): { email: string; displayName: string } {
  return { email: env.currentUser.email, displayName: env.currentUser.displayName };
}

import { ThrottledError } from '@gtm/shared';
import { startStopped } from './start-stopped';

describe('startStopped', () => {
  it('says how far seeding got: 1,200 of 4,100 items seeded, 2,900 not written, and what the next start does', () => {
    expect(startStopped(new ThrottledError('Adding to GTM Touchpoints', 429, 1, { waitedMs: 60_000 }), { step: 'seeding', changes: 0, seeded: 1200, total: 4100 })).toBe(
      'npm start stopped while seeding (Adding to GTM Touchpoints): SharePoint kept throttling for 60 s. Seeded 1,200 of 4,100 items; 2,900 not written. Run npm start again: it empties the GTM lists and seeds them again.',
    );
  });

  it('says how many provisioning changes were made when it stopped provisioning', () => {
    expect(startStopped(new ThrottledError('Provisioning GTM Deals', 503, 1, { waitedMs: 61_000 }), { step: 'provisioning', changes: 14, seeded: 0, total: null })).toBe(
      'npm start stopped while provisioning (Provisioning GTM Deals): SharePoint stayed busy for 61 s. 14 provisioning changes were made, the rest were not. Run npm start again: it provisions only what is missing, then seeds.',
    );
  });
});

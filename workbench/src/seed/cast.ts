import type { Person } from '@gtm/shared';

/** The demo tenant's fictional e-mail domain. */
export const DEMO_DOMAIN = 'contoso.example';

/** Each person's job, for the README and the demo's attendee lists. */
const roles = new Map<string, string>();
export const ROLES: ReadonlyMap<string, string> = roles;

function person(local: string, displayName: string, role: string): Person {
  const email = `${local}@${DEMO_DOMAIN}`;
  roles.set(email, role);
  return { email, displayName };
}

/**
 * The Product circle of the demo tenant: Product Marketing (led by the Global Marketing
 * Director), Sales, Product Management and Customer Success.
 */
export const CAST = {
  gmd: person('elena.ricci', 'Elena Ricci', 'Global Marketing Director'),
  demandGen: person('tom.becker', 'Tom Becker', 'Demand Generation'),
  pmm: person('sara.lindqvist', 'Sara Lindqvist', 'Product Marketing Manager'),
  brand: person('nadia.haddad', 'Nadia Haddad', 'Brand & Content'),
  salesLead: person('marco.bianchi', 'Marco Bianchi', 'Head of Sales'),
  aeNorth: person('julia.novak', 'Julia Novak', 'Account Executive'),
  aeSouth: person('david.okafor', 'David Okafor', 'Account Executive'),
  aeEnterprise: person('lena.fischer', 'Lena Fischer', 'Enterprise AE'),
  sdr: person('pablo.garcia', 'Pablo Garcia', 'SDR'),
  pm: person('anna.kowalski', 'Anna Kowalski', 'Product Manager'),
  csLead: person('james.mensah', 'James Mensah', 'Customer Success Lead'),
  enablement: person('chloe.martin', 'Chloe Martin', 'Sales Enablement'),
} as const satisfies Record<string, Person>;

export type CastRole = keyof typeof CAST;

/** Marketing people who own MQA accounts. */
export const MARKETING_OWNERS: readonly Person[] = [CAST.gmd, CAST.demandGen, CAST.pmm];

/** Sales people who take accounts once shared. */
export const SALES_OWNERS: readonly Person[] = [CAST.aeNorth, CAST.aeSouth, CAST.aeEnterprise, CAST.salesLead];

/** Everyone, for attendee lists. */
export const EVERYONE: readonly Person[] = Object.values(CAST);

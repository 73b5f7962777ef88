import type { DirectoryPerson } from '@gtm/shared';
import { listPeopleSearch } from '@gtm/shared';

/**
 * A small directory for the view tests: the fixtures' owners, two people named Jose Alvarez (one
 * with accents) told apart by their job titles, and a colleague no GTM list names yet.
 */
export const DIRECTORY: readonly DirectoryPerson[] = [
  { email: 'alex.morgan@contoso.example', displayName: 'Alex Morgan', jobTitle: 'Marketing Director' },
  { email: 'ana.silva@contoso.example', displayName: 'Ana Silva', jobTitle: 'Demand Generation Lead' },
  { email: 'ben.okafor@contoso.example', displayName: 'Ben Okafor', jobTitle: 'Partner Manager' },
  { email: 'gina.moretti@contoso.example', displayName: 'Gina Moretti', jobTitle: 'Product Marketing Manager' },
  { email: 'pat.lee@contoso.example', displayName: 'Pat Lee', jobTitle: 'Customer Success Lead' },
  { email: 'pedro.silveira@contoso.example', displayName: 'Pedro Silveira' },
  { email: 'jose.alvarez@contoso.example', displayName: 'José Álvarez', jobTitle: 'Sales Director' },
  { email: 'jose.alvarez2@contoso.example', displayName: 'Jose Alvarez', jobTitle: 'Account Executive' },
  { email: 'noor.haddad@contoso.example', displayName: 'Noor Haddad', jobTitle: 'Account Executive' },
];

/** The directory above as the views' people search (matching as SharePoint's does: word starts, no accents). */
export const directorySearch = listPeopleSearch(DIRECTORY);

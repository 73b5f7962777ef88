/**
 * The demo tenant's directory (Entra ID): every person Graph `/users` knows, whether or not they
 * are a user of the GTM site yet (SharePoint's `web/ensureuser` makes them one).
 * The cast (cast.ts) comes first, then colleagues who are in the directory but own nothing in the
 * seed. A few names are chosen to trip a people picker: three Annas, two Marcos, and pairs that
 * differ only by accents ("José Álvarez" / "Jose Alvarez", "Zoë Müller" / "Zoe Muller").
 * Pure data: no I/O; ids are fixed GUIDs so a data folder and a test agree on them.
 */
import { createHash } from 'node:crypto';
import { CAST, DEMO_DOMAIN, ROLES } from './cast';

/** A directory person with the properties of Graph's `user` resource the suite reads. */
export interface DirectoryPerson {
  /** Entra object id: a GUID, stable for the same e-mail. */
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  /** Also the userPrincipalName: the demo tenant's UPN and primary SMTP address are the same. */
  mail: string;
  jobTitle: string;
  department: string;
}

/** The Marketing Director: the signed-in user of `npm start` unless `--user` names another. */
export const DEFAULT_SIGNED_IN_USER = CAST.gmd.email;

/**
 * A GUID derived from the e-mail, so it does not change between runs.
 * @example directoryId('elena.ricci@contoso.example') // always the same 8-4-4-4-12 hex GUID
 */
export function directoryId(mail: string): string {
  const h = createHash('sha1').update(mail.toLowerCase()).digest('hex');
  // Version 5-style bits (name-based), so it reads as a well-formed GUID.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

const DEPARTMENT_OF_ROLE: Readonly<Record<string, string>> = {
  'Global Marketing Director': 'Marketing',
  'Demand Generation': 'Marketing',
  'Product Marketing Manager': 'Marketing',
  'Brand & Content': 'Marketing',
  'Head of Sales': 'Sales',
  'Account Executive': 'Sales',
  'Enterprise AE': 'Sales',
  SDR: 'Sales',
  'Product Manager': 'Product',
  'Customer Success Lead': 'Customer Success',
  'Sales Enablement': 'Sales',
};

function make(local: string, givenName: string, surname: string, jobTitle: string, department: string): DirectoryPerson {
  const mail = `${local}@${DEMO_DOMAIN}`;
  return { id: directoryId(mail), displayName: `${givenName} ${surname}`, givenName, surname, mail, jobTitle, department };
}

function fromCast(): DirectoryPerson[] {
  return Object.values(CAST).map((p) => {
    const displayName = p.displayName ?? p.email;
    const [givenName = displayName, ...rest] = displayName.split(' ');
    const role = ROLES.get(p.email) ?? '';
    const mail = p.email;
    return { id: directoryId(mail), displayName, givenName, surname: rest.join(' '), mail, jobTitle: role, department: DEPARTMENT_OF_ROLE[role] ?? 'Marketing' };
  });
}

/** Colleagues outside the seed's owners (local part, given name, surname, job, department). */
const OTHERS: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ['anna.berg', 'Anna', 'Berg', 'Field Marketing Manager', 'Marketing'],
  ['anna.schmidt', 'Anna', 'Schmidt', 'Finance Business Partner', 'Finance'],
  ['marco.rossi', 'Marco', 'Rossi', 'Solutions Engineer', 'Sales'],
  ['jose.alvarez', 'José', 'Álvarez', 'Partner Manager', 'Sales'],
  ['jose.alvarez2', 'Jose', 'Alvarez', 'Support Engineer', 'Customer Success'],
  ['zoe.muller', 'Zoë', 'Müller', 'Marketing Operations', 'Marketing'],
  ['zoe.muller2', 'Zoe', 'Muller', 'Data Analyst', 'Finance'],
  ['renee.dubois', 'Renée', 'Dubois', 'Events Manager', 'Marketing'],
  ['rene.dubois', 'René', 'Dubois', 'Legal Counsel', 'Legal'],
  ['tom.hansen', 'Tom', 'Hansen', 'Account Executive', 'Sales'],
  ['sara.costa', 'Sara', 'Costa', 'Customer Success Manager', 'Customer Success'],
  ['ines.ferreira', 'Inês', 'Ferreira', 'Content Writer', 'Marketing'],
  ['lukas.weber', 'Lukas', 'Weber', 'Product Designer', 'Product'],
  ['emma.jansen', 'Emma', 'Jansen', 'SDR', 'Sales'],
  ['karim.nasser', 'Karim', 'Nasser', 'Head of Product', 'Product'],
  ['freya.nielsen', 'Freya', 'Nielsen', 'People Partner', 'HR'],
  ['oskar.eriksson', 'Oskar', 'Eriksson', 'Chief Revenue Officer', 'Executive'],
  ['chiara.romano', 'Chiara', 'Romano', 'Digital Marketing Specialist', 'Marketing'],
  ['noah.bakker', 'Noah', 'Bakker', 'Sales Operations', 'Sales'],
  ['elif.yilmaz', 'Elif', 'Yılmaz', 'Account Executive', 'Sales'],
  ['viktor.horvat', 'Viktor', 'Horvat', 'IT Administrator', 'IT'],
  ['amira.haddad', 'Amira', 'Haddad', 'Customer Marketing', 'Marketing'],
  ['tobias.keller', 'Tobias', 'Keller', 'Product Manager', 'Product'],
  ['giulia.fontaine', 'Giulia', 'Fontaine', 'Analyst Relations', 'Marketing'],
  ['pieter.devries', 'Pieter', 'de Vries', 'Enterprise AE', 'Sales'],
  ['marta.nowak', 'Marta', 'Nowak', 'Chief Marketing Officer', 'Executive'],
  ['hanna.larsen', 'Hanna', 'Larsen', 'Partner Marketing', 'Marketing'],
  ['mateo.silva', 'Mateo', 'Silva', 'Renewals Manager', 'Customer Success'],
];

/**
 * Everyone in the demo directory: the 12 cast members first, then 28 colleagues (40 people).
 * E-mail addresses are ASCII and unique; display names may repeat except for accents.
 */
export const DIRECTORY: readonly DirectoryPerson[] = [...fromCast(), ...OTHERS.map(([l, g, s, j, d]) => make(l, g, s, j, d))];

/**
 * The person with this e-mail / UPN, or undefined (case-insensitive, as Entra compares UPNs).
 * @example findDirectoryPerson('Elena.Ricci@contoso.example')?.displayName // 'Elena Ricci'
 */
export function findDirectoryPerson(mail: string): DirectoryPerson | undefined {
  const key = mail.trim().toLowerCase();
  return DIRECTORY.find((p) => p.mail.toLowerCase() === key);
}

import type { Rng } from './prng';

const FIRST = ['Alex', 'Maria', 'Jonas', 'Sofia', 'Lukas', 'Emma', 'Matteo', 'Ines', 'Oskar', 'Chiara', 'Noah', 'Hanna', 'Luca', 'Elif', 'Mateo', 'Freya', 'Karim', 'Lea', 'Viktor', 'Amira', 'Tobias', 'Giulia', 'Pieter', 'Marta'];
const LAST = ['Rossi', 'Müller', 'Jansen', 'Dubois', 'Nowak', 'Silva', 'Eriksson', 'Costa', 'Weber', 'Moreau', 'Kovač', 'Larsen', 'Romano', 'Schmidt', 'Horvat', 'Nielsen', 'Bakker', 'Fontaine', 'Ferreira', 'Keller'];

export interface ContactName {
  name: string;
  /** The local part of an e-mail address: `first.last`, ASCII only. */
  local: string;
}

function ascii(text: string): string {
  return text.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
}

/** A fictional contact, e.g. { name: 'Sofia Müller', local: 'sofia.muller' }. */
export function contactName(rng: Rng): ContactName {
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  return { name: `${first} ${last}`, local: `${ascii(first)}.${ascii(last)}` };
}

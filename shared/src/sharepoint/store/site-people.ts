/**
 * People in person columns. SharePoint stores a person column as the id of a *site user* (an item of
 * the site's hidden User Information List), not as an e-mail; a directory user becomes a site user
 * through `web/ensureuser` (SharePoint REST only — Graph has no such call,
 * microsoftgraph/microsoft-graph-docs#15695). So each `ListStore` adapter resolves e-mail ↔ id here,
 * once per person, and rows only ever hold `PersonValue`s.
 */
import type { ListSchema } from '../lists/list-schema';
import { ListStoreError } from './errors';
import type { FieldValue, RowValues, WriteResult } from './list-store';

/**
 * A person column's value in a row: who it is (`email`, as the directory knows them), the name to
 * show, and the site-user id once a store has resolved it (reads always carry it).
 */
export interface PersonValue {
  readonly email: string;
  readonly displayName?: string;
  readonly id?: number;
}

/** True for a `PersonValue`-shaped value (an object with a string `email`). */
export function isPersonValue(value: unknown): value is PersonValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { email?: unknown }).email === 'string';
}

/** A person the site cannot take: not in the directory (SharePoint) or not yet a site user (Graph). */
export class PersonNotFoundError extends ListStoreError {
  constructor(
    readonly email: string,
    message: string,
  ) {
    super(message, 400);
    this.name = 'PersonNotFoundError';
  }
}

/** How a store turns an e-mail into the site-user id a person column stores. */
export interface SitePeople {
  /** The site-user id of the person with this e-mail; rejects with a `PersonNotFoundError`. */
  idOf(email: string): Promise<number>;
}

/**
 * Memoises `resolve` per e-mail (case-insensitive, as mail systems compare): one `ensureuser` or
 * lookup per person per store, however many rows name them. A failure is not kept, so a person
 * added to the directory later resolves on the next write.
 */
export function memoisedPeople(resolve: (email: string) => Promise<number>): SitePeople {
  const ids = new Map<string, Promise<number>>();
  return {
    idOf(email) {
      const key = email.trim().toLowerCase();
      let id = ids.get(key);
      if (id === undefined) {
        id = resolve(email.trim());
        id.catch(() => ids.delete(key));
        ids.set(key, id);
      }
      return id;
    },
  };
}

/**
 * The row with every person column's value carrying its site-user id (resolved through `people`),
 * ready for an adapter to write. Rejects with the first person that cannot be resolved.
 * @example await withPersonIds(GTM_ACTIONS_LIST, { GtmOwner: { email: 'ana@contoso.com' } }, people)
 *   // { GtmOwner: { email: 'ana@contoso.com', id: 7 } }
 */
export async function withPersonIds(list: ListSchema, values: RowValues, people: SitePeople): Promise<RowValues> {
  const out: Record<string, FieldValue> = { ...values };
  for (const field of list.fields) {
    if (field.type !== 'person' || !(field.name in values)) continue;
    const value = values[field.name];
    if (value === null || value === undefined) continue;
    const resolveOne = async (person: unknown): Promise<PersonValue> => {
      if (!isPersonValue(person)) {
        throw new ListStoreError(`${list.title} / ${field.name}: a person column takes { email, displayName }, not ${JSON.stringify(person)}`, 400);
      }
      return person.id !== undefined ? person : { ...person, id: await people.idOf(person.email) };
    };
    if (Array.isArray(value) && field.skipUnknownPeople === true) {
      // Kept elsewhere in the item (see FieldSchema.skipUnknownPeople): an unknown person is left out of this column only.
      const resolved = await Promise.all(value.map((p) => resolveOne(p).catch((error: unknown) => (error instanceof PersonNotFoundError ? null : Promise.reject(error)))));
      out[field.name] = resolved.filter((p): p is PersonValue => p !== null);
      continue;
    }
    out[field.name] = Array.isArray(value) ? await Promise.all(value.map(resolveOne)) : await resolveOne(value);
  }
  return out;
}

/**
 * Writes `inputs` after resolving their people: an input naming a person the site cannot take fails
 * alone (its `PersonNotFoundError` as the result), the rest go to `write` together; results come
 * back in input order. Lists without person columns go straight to `write`.
 */
export async function writeWithPeople<T>(
  list: ListSchema,
  inputs: readonly T[],
  people: SitePeople,
  io: { valuesOf: (input: T) => RowValues; withValues: (input: T, values: RowValues) => T; idOf: (input: T) => number | null },
  write: (ready: readonly T[]) => Promise<WriteResult[]>,
): Promise<WriteResult[]> {
  if (!list.fields.some((f) => f.type === 'person')) return write(inputs);
  const results: (WriteResult | undefined)[] = new Array<WriteResult | undefined>(inputs.length);
  const ready: T[] = [];
  const positions: number[] = [];
  for (const [index, input] of inputs.entries()) {
    try {
      ready.push(io.withValues(input, await withPersonIds(list, io.valuesOf(input), people)));
      positions.push(index);
    } catch (error) {
      const failure = error instanceof ListStoreError ? error : new ListStoreError(String(error), 0);
      results[index] = { ok: false, id: io.idOf(input), error: failure };
    }
  }
  const written = ready.length > 0 ? await write(ready) : [];
  for (const [k, result] of written.entries()) results[positions[k] as number] = result;
  return results.map((r, index) => r ?? { ok: false, id: io.idOf(inputs[index] as T), error: new ListStoreError(`${list.title}: no answer`, 0) });
}

/**
 * Upgrading a site whose risks keep their mitigation actions as JSON in the Risk Register note
 * `GtmMitigations` (the schema before mitigations were GTM Actions): each mitigation becomes a GTM
 * Actions item linked to its risk (`GtmLinkKind = Risk`, `GtmLinkId = <risk item id>`) with its
 * owner, due date and status. Run after `provision` (which makes `GtmReview` optional and indexes the
 * link kind), by `npm start` and `gtm provision`.
 *
 * Safe to run again: a mitigation whose risk already has an action of the same title (trimmed, case
 * ignored; counted, so two mitigations of one title are two actions) is left alone, so a rerun adds
 * nothing and a run that stopped half-way completes. The
 * note itself is never cleared (nor by `--drop-legacy`): it stays as it was, so nothing is lost.
 */
import type { Action } from '../../domain/action/action';
import { mitigationAsAction, mitigationTitleKey } from '../../domain/risk/mitigation';
import { MitigationActionSchema } from '../../domain/risk/risk';
import { GTM_ACTIONS_LIST } from '../lists/gtm-actions';
import { RISK_REGISTER_LIST } from '../lists/risk-register';
import { createActionRepository } from '../repositories/entity-repositories';
import { issuesOf } from '../rows/row-mapping';
import type { ListStore } from '../store/list-store';
import { readAllRows } from '../store/list-store';
import { PersonNotFoundError } from '../store/site-people';
import type { UnresolvedOwner } from './fill-person-columns';

/** A mitigation in the note that could not be read as one (left in the note). */
export interface UnreadableMitigation {
  readonly itemId: number;
  /** Its position in the note's array, or null when the note as a whole is not a JSON array. */
  readonly index: number | null;
  readonly reason: string;
}

/** What one run did: every mitigation in the notes is counted in exactly one of added, alreadyThere, unresolved, unreadable. */
export interface MitigationsUpgrade {
  readonly list: string;
  /** Risks whose note holds at least one mitigation. */
  readonly risks: number;
  /** Mitigations found in the notes. */
  readonly mitigations: number;
  /** GTM Actions items this run added. */
  readonly added: number;
  /** Mitigations whose risk already had an action of that title (an earlier run, or a user). */
  readonly alreadyThere: number;
  /** Mitigations not added because the owner is not a directory user (or the add failed): list, item id, e-mail, why. */
  readonly unresolved: readonly UnresolvedOwner[];
  readonly unreadable: readonly UnreadableMitigation[];
}

function parseNote(value: unknown): unknown[] | string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const parsed = JSON.parse(value) as unknown;
    return Array.isArray(parsed) ? parsed : 'the note is not a JSON array';
  } catch {
    return 'the note is not valid JSON';
  }
}

/**
 * Turns the JSON mitigations of every risk into GTM Actions items linked to the risk, once.
 * @example await upgradeMitigations(store)
 *   // a risk (item 4) with 2 JSON mitigations, first run:
 *   // { list: 'Risk Register', risks: 1, mitigations: 2, added: 2, alreadyThere: 0, unresolved: [], unreadable: [] }
 *   // the rerun: { …, added: 0, alreadyThere: 2 }
 */
export async function upgradeMitigations(store: ListStore): Promise<MitigationsUpgrade> {
  const rows = await readAllRows(store, RISK_REGISTER_LIST);
  const actions = createActionRepository(store);
  const unreadable: UnreadableMitigation[] = [];
  let risks = 0;
  let mitigations = 0;
  let alreadyThere = 0;
  const pending: { itemId: number; action: Action; email: string }[] = [];
  // How many actions of each risk + title are there: a risk may have two mitigations of one title
  // (two "Weekly check-in"s), so each note entry takes one, and only the ones left over are added.
  let existing: Map<string, number> | null = null;

  for (const row of rows) {
    const note = parseNote(row.values['GtmMitigations']);
    if (note === null || (Array.isArray(note) && note.length === 0)) continue;
    if (typeof note === 'string') {
      unreadable.push({ itemId: row.id, index: null, reason: note });
      continue;
    }
    risks += 1;
    // Read the linked actions once, and only when some risk has JSON mitigations left.
    if (existing === null) {
      existing = new Map();
      for (const a of (await actions.readStored({ where: [{ field: 'GtmLinkKind', op: 'eq', value: 'Risk' }] })).items) {
        const key = `${a.entity.link?.id ?? ''}\u0000${mitigationTitleKey(a.entity.title)}`;
        existing.set(key, (existing.get(key) ?? 0) + 1);
      }
    }
    for (const [index, entry] of note.entries()) {
      mitigations += 1;
      const parsed = MitigationActionSchema.omit({ id: true }).safeParse(entry);
      if (!parsed.success) {
        unreadable.push({ itemId: row.id, index, reason: issuesOf(parsed.error).join('; ') });
        continue;
      }
      const key = `${row.id}\u0000${mitigationTitleKey(parsed.data.title)}`;
      const there = existing.get(key) ?? 0;
      if (there > 0) {
        existing.set(key, there - 1);
        alreadyThere += 1;
        continue;
      }
      pending.push({ itemId: row.id, action: mitigationAsAction(parsed.data, String(row.id)), email: parsed.data.owner.email });
    }
  }

  const results = pending.length > 0 ? await actions.add(pending.map((p) => p.action)) : [];
  let added = 0;
  const unresolved: UnresolvedOwner[] = [];
  for (const [index, result] of results.entries()) {
    const { itemId, email } = pending[index] as (typeof pending)[number];
    if (result.ok) added += 1;
    else {
      const reason = result.error instanceof PersonNotFoundError ? result.error.message : `not added to ${GTM_ACTIONS_LIST.title}: ${result.error.message}`;
      unresolved.push({ list: RISK_REGISTER_LIST.title, itemId, column: 'GtmMitigations', email, reason });
    }
  }
  return { list: RISK_REGISTER_LIST.title, risks, mitigations, added, alreadyThere, unresolved, unreadable };
}

/**
 * What to print about the upgrade: nothing when there was nothing to move; else a count line, then
 * each mitigation left in the note with its list, item id and e-mail (or why it could not be read).
 * @example describeMitigationsUpgrade({ list: 'Risk Register', risks: 2, mitigations: 3, added: 2, alreadyThere: 0, unreadable: [],
 *   unresolved: [{ list: 'Risk Register', itemId: 7, column: 'GtmMitigations', email: 'j.doe@old.example', reason: '…' }] })
 *   // ['Risk Register: 2 mitigations moved to GTM Actions, 1 not resolved (left in the GtmMitigations note)',
 *   //  '  Risk Register item 7 GtmMitigations: j.doe@old.example — …']
 */
export function describeMitigationsUpgrade(u: MitigationsUpgrade): string[] {
  const left = u.unresolved.length + u.unreadable.length;
  if (u.added === 0 && left === 0) return [];
  const moved = `${u.added} mitigation${u.added === 1 ? '' : 's'} moved to ${GTM_ACTIONS_LIST.title}`;
  const lines = [left === 0 ? `${u.list}: ${moved}` : `${u.list}: ${moved}, ${left} not resolved (left in the GtmMitigations note)`];
  for (const o of u.unresolved) lines.push(`  ${o.list} item ${o.itemId} ${o.column}: ${o.email} — ${o.reason}`);
  for (const r of u.unreadable) lines.push(`  ${u.list} item ${r.itemId} GtmMitigations${r.index === null ? '' : `[${r.index}]`}: ${r.reason}`);
  return lines;
}

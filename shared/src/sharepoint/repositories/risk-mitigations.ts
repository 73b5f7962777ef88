/**
 * The Risk Register as its editor sees it: each risk with its mitigation actions, which are GTM
 * Actions items linked to the risk (`GtmLinkKind = Risk`, `GtmLinkId = <risk item id>`), so the
 * review's open/overdue section, the Control Plane and "my actions" see their owners and due dates.
 *
 * A risk and its actions are saved together under one version: the risk item's ETag and each
 * action's ETag, kept in one opaque string (`riskVersion`). A save writes the risk item with its
 * ETag, then each action that changed with its own; a stale one (412) answers as a conflict of the
 * whole risk with what SharePoint holds now, so the editor's conflict dialog shows both versions.
 */
import type { Action } from '../../domain/action/action';
import type { MitigationAction, Risk } from '../../domain/risk/risk';
import { mitigationAsAction, mitigationOf, mitigationTitleKey, sameMitigation } from '../../domain/risk/mitigation';
import { ACTION_LINK_LABELS } from '../rows/action-row';
import type { ListSchema } from '../lists/list-schema';
import type { ActionRepository } from './entity-repositories';
import type { ReadResult, Repository, StoredItem } from './repository';
import type { SaveConflict, SaveResult } from './save-result';
import { saveFailed } from './save-result';

/** The risk item's ETag and each mitigation action's ETag by item id. */
export interface RiskVersionParts {
  risk: string;
  actions: Readonly<Record<string, string>>;
}

/**
 * One version string for a risk and its actions (what `read` answers in `etags` and a save in
 * `etag`); opaque to the views, which only hand it back.
 * @example riskVersion({ risk: '"4,1"', actions: { '12': '"12,1"' } }) // '{"risk":"\\"4,1\\"","actions":{"12":"\\"12,1\\""}}'
 */
export function riskVersion(parts: RiskVersionParts): string {
  return JSON.stringify({ risk: parts.risk, actions: parts.actions });
}

/**
 * The parts of a version string. A plain ETag (the risk item's own, as `risks.read` answers it) is
 * the risk's ETag with no action ETags: each action is then written with the ETag read just before.
 * @example riskVersionParts('"4,1"') // { risk: '"4,1"', actions: {} }
 */
export function riskVersionParts(version: string): RiskVersionParts {
  if (version.startsWith('{')) {
    try {
      const parsed = JSON.parse(version) as { risk?: unknown; actions?: unknown };
      if (typeof parsed.risk === 'string' && typeof parsed.actions === 'object' && parsed.actions !== null) {
        const actions = Object.fromEntries(Object.entries(parsed.actions).filter((e): e is [string, string] => typeof e[1] === 'string'));
        return { risk: parsed.risk, actions };
      }
    } catch {
      // Not a version string: an ETag that happens to start with a brace, used as it is.
    }
  }
  return { risk: version, actions: {} };
}

/** The Risk Register with mitigations joined in; saves write the risk item and its actions. */
export interface RiskRegisterRepository {
  /** The Risk Register list (for messages about invalid rows). */
  readonly list: ListSchema;
  /** Every risk with its mitigations (oldest action first); `etags` holds each risk's version. */
  read(): Promise<ReadResult<Risk>>;
  /** One risk's mitigation actions as stored (item id, ETag), oldest first. */
  readMitigations(riskId: string): Promise<StoredItem<Action>[]>;
  /** Adds the risk, then its mitigations as actions linked to it. */
  saveNew(risk: Risk): Promise<SaveResult<Risk>>;
  /**
   * Updates the risk with the version it was read with, then adds, updates or drops its actions:
   * a mitigation without an id is added, one that differs from the stored action is updated with
   * that action's ETag, and a stored one the risk no longer lists is marked dropped (never deleted).
   * @example
   *   await register.saveChanges({ itemId: 4, etag: version, entity: { ...risk, mitigationActions: [...risk.mitigationActions, added] } });
   *   // { kind: 'saved', itemId: 4, etag: '{"risk":"\"4,2\"","actions":{"12":"\"12,1\"","31":"\"31,1\""}}', entity: { …, mitigationActions: [{ id: '12', … }, { id: '31', … }] } }
   */
  saveChanges(change: StoredItem<Risk>): Promise<SaveResult<Risk>>;
}

const RISK_LINK = ACTION_LINK_LABELS.risk;

function byItemId(a: StoredItem<Action>, b: StoredItem<Action>): number {
  return a.itemId - b.itemId;
}

function etagsOf(actions: readonly StoredItem<Action>[]): Record<string, string> {
  return Object.fromEntries(actions.map((a) => [String(a.itemId), a.etag]));
}

function joined(risk: Risk, actions: readonly StoredItem<Action>[]): Risk {
  return { ...risk, mitigationActions: [...actions].sort(byItemId).map((a) => mitigationOf(a.entity)) };
}

/**
 * The Risk Register over the risk and action repositories.
 * @example
 *   const register = createRiskRegisterRepository(repositories.risks, repositories.actions);
 *   (await register.read()).items[0].mitigationActions // [{ id: '12', title: 'Refresh battlecard', … }]
 */
export function createRiskRegisterRepository(risks: Repository<Risk>, actions: ActionRepository): RiskRegisterRepository {
  // Only GtmLinkKind goes to the server (indexed, so the filter holds on a GTM Actions list past
  // 5,000 items); the mitigations are a few per risk, so one risk's are picked here by GtmLinkId.
  const readLinked = async (riskId?: string): Promise<StoredItem<Action>[]> => {
    const read = await actions.readStored({ where: [{ field: 'GtmLinkKind', op: 'eq', value: RISK_LINK }] });
    return read.items.filter((a) => a.entity.link?.kind === 'risk' && (riskId === undefined || a.entity.link.id === riskId));
  };

  /**
   * What SharePoint holds for the risk now, as a conflict the editor can show: `base` is the risk
   * item's own conflict when that is what failed, else the item is read again. A risk that no longer
   * maps answers as gone (the view reads the register again and lists the row as invalid).
   */
  const conflictNow = async (itemId: number, base?: SaveConflict<Risk>): Promise<SaveResult<Risk>> => {
    let theirs: { item: Risk; etag: string } | null;
    if (base !== undefined) {
      if (base.theirs === null) return base;
      theirs = { item: base.theirs, etag: base.etag };
    } else {
      const current = await risks.get(String(itemId));
      if (current === null || 'invalid' in current) return { kind: 'conflict', itemId, theirs: null, etag: null };
      theirs = current;
    }
    const mitigations = await readLinked(String(itemId));
    return { kind: 'conflict', itemId, theirs: joined(theirs.item, mitigations), etag: riskVersion({ risk: theirs.etag, actions: etagsOf(mitigations) }) };
  };

  /**
   * Writes the mitigations of risk `riskId` against what is stored; answers the actions as stored
   * after the writes, or the first result that was not a save.
   */
  const writeMitigations = async (
    riskId: string,
    mine: readonly MitigationAction[],
    stored: readonly StoredItem<Action>[],
    etags: Readonly<Record<string, string>>,
  ): Promise<{ ok: true; actions: StoredItem<Action>[] } | { ok: false; result: SaveResult<Action> }> => {
    const byId = new Map(stored.map((s) => [String(s.itemId), s]));
    const claimed = new Set(mine.flatMap((m) => (m.id !== undefined ? [m.id] : [])));
    const after: StoredItem<Action>[] = [];
    for (const mitigation of mine) {
      // An add applied again (after a conflict) finds the action it already made, by title.
      const there =
        mitigation.id !== undefined
          ? byId.get(mitigation.id)
          : stored.find((s) => !claimed.has(String(s.itemId)) && mitigationTitleKey(s.entity.title) === mitigationTitleKey(mitigation.title));
      if (there !== undefined) claimed.add(String(there.itemId));
      if (there === undefined) {
        // Its action was deleted by someone else (an id that is not there): that is a conflict.
        if (mitigation.id !== undefined) return { ok: false, result: { kind: 'conflict', itemId: Number(mitigation.id), theirs: null, etag: null } };
        const result = await actions.saveNew(mitigationAsAction(mitigation, riskId));
        if (result.kind !== 'saved') return { ok: false, result };
        after.push({ itemId: result.itemId, etag: result.etag, entity: result.entity });
      } else if (sameMitigation(mitigation, mitigationOf(there.entity))) {
        after.push(there);
      } else {
        const etag = etags[String(there.itemId)] ?? there.etag;
        const result = await actions.saveChanges({ itemId: there.itemId, etag, entity: mitigationAsAction(mitigation, riskId, there.entity) });
        if (result.kind !== 'saved') return { ok: false, result };
        after.push({ itemId: result.itemId, etag: result.etag, entity: result.entity });
      }
    }
    for (const left of stored) {
      if (claimed.has(String(left.itemId))) continue;
      // Taken out in the editor: dropped, so its history stays in GTM Actions.
      if (left.entity.status !== 'open') {
        after.push(left);
        continue;
      }
      const etag = etags[String(left.itemId)] ?? left.etag;
      const result = await actions.saveChanges({ itemId: left.itemId, etag, entity: { ...left.entity, status: 'dropped' } });
      if (result.kind !== 'saved') return { ok: false, result };
      after.push({ itemId: result.itemId, etag: result.etag, entity: result.entity });
    }
    return { ok: true, actions: after };
  };

  /** The risk saved (`itemId`, `etag`) and its actions written: one result for both. */
  const finish = async (risk: Risk, itemId: number, riskEtag: string, stored: readonly StoredItem<Action>[], etags: Readonly<Record<string, string>>): Promise<SaveResult<Risk>> => {
    const written = await writeMitigations(String(itemId), risk.mitigationActions, stored, etags);
    if (!written.ok) {
      const { result } = written;
      // The risk item is saved (its ETag moved on): the next save meets it as a conflict whose
      // "Apply mine again" writes the actions that are still missing.
      if (result.kind === 'failed') return { ...result, message: `Saved the risk, but not all of its mitigation actions: ${result.message}` };
      // A stale or deleted action: the whole risk is in conflict with what is there now.
      return conflictNow(itemId);
    }
    const saved: Risk = { ...risk, id: String(itemId) };
    return { kind: 'saved', itemId, etag: riskVersion({ risk: riskEtag, actions: etagsOf(written.actions) }), entity: joined(saved, written.actions) };
  };

  return {
    list: risks.list,
    async read() {
      const [read, linked] = await Promise.all([risks.read(), readLinked()]);
      const byRisk = new Map<string, StoredItem<Action>[]>();
      for (const action of linked) {
        const riskId = action.entity.link?.id ?? '';
        byRisk.set(riskId, [...(byRisk.get(riskId) ?? []), action]);
      }
      const etags = new Map<string, string>();
      const items = read.items.map((risk) => {
        const own = byRisk.get(risk.id) ?? [];
        etags.set(risk.id, riskVersion({ risk: read.etags.get(risk.id) ?? '*', actions: etagsOf(own) }));
        return joined(risk, own);
      });
      return { items, invalid: read.invalid, etags };
    },
    readMitigations: async (riskId) => (await readLinked(riskId)).sort(byItemId),
    async saveNew(risk) {
      const result = await risks.saveNew({ ...risk, mitigationActions: [] });
      if (result.kind !== 'saved') return result;
      return finish(risk, result.itemId, result.etag, [], {});
    },
    async saveChanges(change) {
      const parts = riskVersionParts(change.etag);
      const result = await risks.saveChanges({ itemId: change.itemId, etag: parts.risk, entity: change.entity });
      if (result.kind === 'conflict') return conflictNow(change.itemId, result);
      if (result.kind === 'failed') return result;
      let stored: StoredItem<Action>[];
      try {
        stored = await readLinked(String(change.itemId));
      } catch (error) {
        return saveFailed(actions.list, error, change.itemId);
      }
      return finish(change.entity, change.itemId, result.etag, stored, parts.actions);
    },
  };
}

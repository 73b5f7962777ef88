import type { MitigationAction, Person, Risk, RiskAssessment, RiskCategory, RiskStatus } from '@gtm/shared';
import { RiskSchema } from '@gtm/shared';

/** A mitigation action as the form holds it: every field a string the user is typing. */
export interface MitigationDraft {
  /** Stable React key for the row (a new action has no id yet). */
  key: string;
  /** The GTM Actions item that holds it; absent until it is saved. */
  id?: string;
  title: string;
  ownerEmail: string;
  /** Kept when the e-mail is unchanged, so saving does not lose a name the list already had. */
  ownerName?: string;
  dueDate: string;
  status: MitigationAction['status'];
}

/** The edit panel's state: a risk being created (`id` null) or edited, as typed so far. */
export interface RiskDraft {
  id: string | null;
  title: string;
  description: string;
  category: RiskCategory;
  ownerEmail: string;
  ownerName: string;
  inherent: RiskAssessment;
  residual: RiskAssessment;
  status: RiskStatus;
  /** `YYYY-MM-DD`, or '' for never reviewed. */
  lastReviewedAt: string;
  mitigations: MitigationDraft[];
  monitoringKpiIds: string[];
}

/** Field errors keyed by the path in the Risk (`title`, `owner.email`, `mitigationActions.0.dueDate`). */
export type RiskFieldErrors = Readonly<Record<string, string>>;

export type DraftValidation = { ok: true; risk: Risk } | { ok: false; errors: RiskFieldErrors };

let mitigationKeys = 0;
/** A fresh key for a mitigation row. */
export function nextMitigationKey(): string {
  mitigationKeys += 1;
  return `mitigation-${mitigationKeys}`;
}

/** The form state of an existing risk. */
export function draftOf(risk: Risk): RiskDraft {
  return {
    id: risk.id,
    title: risk.title,
    description: risk.description ?? '',
    category: risk.category,
    ownerEmail: risk.owner.email,
    ownerName: risk.owner.displayName ?? '',
    inherent: { ...risk.inherent },
    residual: { ...risk.residual },
    status: risk.status,
    lastReviewedAt: risk.lastReviewedAt ?? '',
    mitigations: risk.mitigationActions.map((m) => ({
      key: nextMitigationKey(),
      ...(m.id !== undefined ? { id: m.id } : {}),
      title: m.title,
      ownerEmail: m.owner.email,
      ...(m.owner.displayName !== undefined ? { ownerName: m.owner.displayName } : {}),
      dueDate: m.dueDate,
      status: m.status,
    })),
    monitoringKpiIds: [...risk.monitoringKpiIds],
  };
}

/**
 * A new risk owned by the person creating it, assessed Possible × Moderate (3 × 3 = 9, Medium)
 * before and after mitigation until someone assesses it: the middle of the scale, not a guess
 * towards either end.
 */
export function newRiskDraft(owner: { email: string; displayName: string }): RiskDraft {
  return {
    id: null,
    title: '',
    description: '',
    category: 'other',
    ownerEmail: owner.email,
    ownerName: owner.displayName,
    inherent: { likelihood: 3, impact: 3 },
    residual: { likelihood: 3, impact: 3 },
    status: 'open',
    lastReviewedAt: '',
    mitigations: [],
    monitoringKpiIds: [],
  };
}

function person(email: string, name: string | undefined): Person {
  const displayName = name?.trim() ?? '';
  return { email: email.trim(), ...(displayName !== '' ? { displayName } : {}) };
}

/** The candidate Risk the draft describes, before validation. */
function candidateOf(draft: RiskDraft): unknown {
  const description = draft.description.trim();
  return {
    id: draft.id ?? 'new', // SharePoint assigns the real id on add; the schema only needs one to be there
    title: draft.title,
    ...(description !== '' ? { description } : {}),
    category: draft.category,
    owner: person(draft.ownerEmail, draft.ownerName),
    inherent: draft.inherent,
    residual: draft.residual,
    mitigationActions: draft.mitigations.map((m) => ({
      ...(m.id !== undefined ? { id: m.id } : {}),
      title: m.title,
      owner: person(m.ownerEmail, m.ownerName),
      dueDate: m.dueDate.trim(),
      status: m.status,
    })),
    monitoringKpiIds: draft.monitoringKpiIds,
    status: draft.status,
    lastReviewedAt: draft.lastReviewedAt.trim() === '' ? null : draft.lastReviewedAt.trim(),
  };
}

/**
 * What to tell the user for a field, by its path: zod's own wording ("Too small: expected string
 * to have >=1 characters") says nothing about how to fix it. The domain's own messages (the
 * residual ≤ inherent rule) are already written for people and are kept.
 */
function messageFor(path: string, zodMessage: string, code: string): string {
  // Too long: the domain's message already names the field, its length and by how much to shorten it.
  if (code === 'too_big') return zodMessage;
  if (path === 'title') return 'Give the risk a title: it cannot be blank.';
  if (path === 'owner.email') return 'Choose the risk’s owner: type part of their name and pick them from the list.';
  if (path === 'lastReviewedAt') return 'Pick the date from the calendar or type it, or leave it empty if never reviewed.';
  if (/^mitigationActions\.\d+\.title$/.test(path)) return 'Say what the mitigation action is: it cannot be blank.';
  if (/^mitigationActions\.\d+\.owner\.email$/.test(path)) return 'Choose who owns this action: type part of their name and pick them from the list.';
  if (/^mitigationActions\.\d+\.dueDate$/.test(path)) return 'Pick a due date from the calendar or type it: every action needs one.';
  return zodMessage;
}

/**
 * Validates the draft with the domain's RiskSchema and returns the Risk, or one message per field.
 * @example validateDraft({ ...draft, title: '  ' }) // { ok: false, errors: { title: 'Give the risk a title: it cannot be blank.' } }
 */
export function validateDraft(draft: RiskDraft): DraftValidation {
  const parsed = RiskSchema.safeParse(candidateOf(draft));
  if (parsed.success) return { ok: true, risk: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= messageFor(path, issue.message, issue.code);
  }
  return { ok: false, errors };
}

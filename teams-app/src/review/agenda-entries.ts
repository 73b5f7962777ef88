/**
 * The agenda (built by the shared `buildAgenda`) flattened into the items the meeting steps through,
 * each with the reference decisions and actions are recorded against.
 */
import type { Agenda, AgendaSection } from '@gtm/shared';
import type { ItemRef } from './review-model';

export type AgendaItem = AgendaSection['items'][number];

export interface AgendaEntry {
  sectionKey: AgendaSection['key'];
  sectionTitle: string;
  ref: ItemRef;
  minutes: number;
  item: AgendaItem;
}

/** Each item's key, title and link (KPIs, risks and accounts become the action's link). */
export function refOf(item: AgendaItem, index: number): ItemRef {
  switch (item.kind) {
    case 'kpi':
      return { key: `kpi:${item.kpiId}`, title: item.title, link: { kind: 'kpi', id: item.kpiId } };
    case 'risk':
      return { key: `risk:${item.riskId}`, title: item.title, link: { kind: 'risk', id: item.riskId } };
    case 'account':
      return { key: `account:${item.accountId}`, title: item.name, link: { kind: 'account', id: item.accountId } };
    case 'action':
      return { key: `action:${item.actionId}`, title: item.title, ...(item.link ? { link: item.link } : {}) };
    case 'deep-dive':
      return { key: `deep-dive:${index}`, title: item.title };
  }
}

/** Every item of every section, in meeting order. */
export function agendaEntries(agenda: Agenda): AgendaEntry[] {
  return agenda.sections.flatMap((section) =>
    (section.items as AgendaItem[]).map((item, index) => ({
      sectionKey: section.key,
      sectionTitle: section.title,
      ref: refOf(item, index),
      minutes: item.minutes,
      item,
    })),
  );
}

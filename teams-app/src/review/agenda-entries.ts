/**
 * What the meeting steps through: the five sections of the agenda built by the shared
 * `buildAgenda`, and the references decisions and actions are recorded against (the section, or
 * an item selected in it).
 */
import type { AgendaSection } from '@gtm/shared';
import type { ItemRef } from './review-model';

export type AgendaItem = AgendaSection['items'][number];

/** A decision or action recorded against the section itself, no item selected. */
export function sectionRef(section: Pick<AgendaSection, 'key' | 'title'>): ItemRef {
  const place = { key: section.key, title: section.title };
  return { key: `section:${section.key}`, title: section.title, section: place };
}

/** An item's key, title and link (KPIs, risks and accounts become the action's link), in its section. */
export function refOf(item: AgendaItem, index: number, section?: Pick<AgendaSection, 'key' | 'title'>): ItemRef {
  const place = section ? { section: { key: section.key, title: section.title } } : {};
  switch (item.kind) {
    case 'kpi':
      return { key: `kpi:${item.kpiId}`, title: item.title, link: { kind: 'kpi', id: item.kpiId }, ...place };
    case 'risk':
      return { key: `risk:${item.riskId}`, title: item.title, link: { kind: 'risk', id: item.riskId }, ...place };
    case 'account':
      return { key: `account:${item.accountId}`, title: item.name, link: { kind: 'account', id: item.accountId }, ...place };
    case 'action':
      return { key: `action:${item.actionId}`, title: item.title, ...(item.link ? { link: item.link } : {}), ...place };
    case 'deep-dive':
      return { key: `deep-dive:${index}`, title: item.title, ...place };
  }
}

/** The refs of a section's items, by key (to find the selected one). */
export function itemRefs(section: AgendaSection): ItemRef[] {
  return (section.items as AgendaItem[]).map((item, index) => refOf(item, index, section));
}

/** Whether a recorded ref belongs to a section (refs saved before sections were recorded match by kind). */
export function belongsTo(ref: ItemRef, section: AgendaSection): boolean {
  if (ref.section) return ref.section.key === section.key;
  return itemRefs(section).some((r) => r.key === ref.key);
}

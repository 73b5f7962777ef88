/**
 * Sites may title the GTM lists differently (a web part's property pane sets the titles): this
 * decorator hands every call to the inner store with the list's title replaced, so messages name
 * the list as the site does while repositories, schemas and mappers stay as declared. The stores
 * address lists by URL (`Lists/<urlName>`, fixed at creation), so a title never decides which list
 * is read — a site owner may rename one at any time.
 */
import type { ListSchema } from '../lists/list-schema';
import type { ListStore } from './list-store';

/** Declared title → the title on this site. Titles not named keep their declared title. */
export type ListTitleOverrides = Readonly<Record<string, string | undefined>>;

/**
 * @example
 *   const store = withListTitles(createSpListStore(sp), { 'Risk Register': 'Risks FY27' });
 *   createRiskRepository(store).read();   // reads getlist('/sites/gtm/Lists/GtmRisks'); errors say "Risks FY27"
 */
export function withListTitles(store: ListStore, overrides: ListTitleOverrides): ListStore {
  const cache = new Map<ListSchema, ListSchema>();
  const renamed = (list: ListSchema): ListSchema => {
    const title = overrides[list.title]?.trim();
    if (!title || title === list.title) return list;
    let copy = cache.get(list);
    if (copy === undefined) {
      copy = { ...list, title };
      cache.set(list, copy);
    }
    return copy;
  };
  return {
    readAll: (list, query) => store.readAll(renamed(list), query),
    get: (list, id) => store.get(renamed(list), id),
    add: (list, rows) => store.add(renamed(list), rows),
    update: (list, changes) => store.update(renamed(list), changes),
    delete: (list, refs) => store.delete(renamed(list), refs),
  };
}

/**
 * The schemas as this site names them, for provisioning renamed lists: each list's title and every
 * lookup's target list follow the overrides, so the lookups still point at the right lists.
 * @example renameLists(GTM_LISTS, { 'GTM KPIs': 'KPIs FY27' })
 *   // 'GTM KPIs' → 'KPIs FY27'; KPI Measurements' GtmKpi lookup now targets 'KPIs FY27'
 */
export function renameLists(schemas: readonly ListSchema[], overrides: ListTitleOverrides): ListSchema[] {
  const titleOf = (title: string): string => overrides[title]?.trim() || title;
  return schemas.map((list) => ({
    ...list,
    title: titleOf(list.title),
    fields: list.fields.map((field) => (field.lookupList === undefined ? field : { ...field, lookupList: titleOf(field.lookupList) })),
  }));
}

/**
 * People over Graph. Graph reads a person column only as the site-user id (`GtmOwnerLookupId`) and
 * writes it only by that id; it has no `ensureuser` (microsoftgraph/microsoft-graph-docs#15695). The
 * ids are the items of the site's hidden "User Information List" (`lists/User Information List`,
 * fields `Title`, `EMail`: Azure/Microsoft365R#77), so this reads that list — once, and again when
 * an id or e-mail is not in it yet — and resolves both ways from it. An id still missing after that
 * second read is remembered, so it costs no more reads for the life of this instance.
 */
import type { GraphFI } from '@pnp/graph';
import '@pnp/graph/sites';
import '@pnp/graph/lists';
import '@pnp/graph/list-item';
import { toListStoreError } from './errors';
import { PersonNotFoundError, type PersonValue, type SitePeople } from './site-people';

/** The User Information List's title, by which Graph addresses it (it has no `name` of its own). */
export const USER_INFORMATION_LIST = 'User Information List';

export interface GraphSitePeople extends SitePeople {
  /**
   * A lookup of site users that knows every id in `ids` the site has: reads the list again at most
   * once, and not at all when every unknown id was already missing after an earlier read.
   */
  lookup(ids: readonly number[]): Promise<(id: number) => PersonValue | undefined>;
}

type Json = Record<string, unknown>;

interface Directory {
  byId: Map<number, PersonValue>;
  byEmail: Map<string, number>;
}

export function graphSitePeople(graph: GraphFI, siteId: string): GraphSitePeople {
  let loaded: Promise<Directory> | null = null;
  // Ids the list did not hold even when read again for them: a person removed from the site (their
  // items keep the id) would otherwise cost a full read of the list on every page of items. A site
  // user added later is still found after a reload (a new store instance reads the list afresh), and
  // sooner when another miss makes this one read it again.
  const missing = new Set<number>();

  async function read(): Promise<Directory> {
    const directory: Directory = { byId: new Map(), byEmail: new Map() };
    try {
      const items = graph.sites.getById(siteId).lists.getById(USER_INFORMATION_LIST).items.expand('fields(select=Title,EMail)').top(5000);
      for await (const page of items) {
        for (const item of page as Json[]) {
          const id = Number(item['id']);
          const fields = (item['fields'] ?? {}) as Json;
          const email = typeof fields['EMail'] === 'string' ? fields['EMail'] : '';
          const title = typeof fields['Title'] === 'string' ? fields['Title'] : '';
          if (!Number.isInteger(id) || id < 1) continue;
          directory.byId.set(id, { id, email, ...(title !== '' ? { displayName: title } : {}) });
          if (email !== '') directory.byEmail.set(email.toLowerCase(), id);
        }
      }
    } catch (error) {
      throw toListStoreError(error, 'Reading the site’s users');
    }
    return directory;
  }

  /** The directory as last read; `fresh` reads it again (someone was added to the site since). */
  function directory(fresh = false): Promise<Directory> {
    if (loaded === null || fresh) {
      const next = read();
      next.catch(() => {
        if (loaded === next) loaded = null;
      });
      loaded = next;
    }
    return loaded;
  }

  return {
    async idOf(email) {
      const key = email.trim().toLowerCase();
      const known = (await directory()).byEmail.get(key) ?? (await directory(true)).byEmail.get(key);
      if (known !== undefined) return known;
      throw new PersonNotFoundError(
        email,
        `${email} is not a user of this SharePoint site yet. Graph cannot add people to a site: assign them once in a GTM web part in SharePoint (which adds them), then try again`,
      );
    },
    async lookup(ids) {
      let current = await directory();
      if (ids.some((id) => !current.byId.has(id) && !missing.has(id))) {
        current = await directory(true);
        for (const id of ids) if (!current.byId.has(id)) missing.add(id);
      }
      const known = current;
      return (id) => known.byId.get(id);
    },
  };
}

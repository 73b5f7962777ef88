/** `GET /`: a plain HTML index of the stand-in's lists and item counts (all text escaped). */
import type { Db } from './store/db';
import { allLists } from './store/lists';
import { countItems } from './store/items';
import { escapeHtml } from './http';
import type { StaticMount } from './static/static-files';
import { FLUENT_PAGE_CSS } from './host-page-style';

export function indexPage(db: Db, baseUrl: string, mounts: readonly StaticMount[] = []): string {
  // Each mount, then every page in it (the fake Teams host's frames too), so none is found only by URL.
  const pages = mounts
    .map((m) => {
      const inside = (m.pages ?? []).map((p) => `<li><a href="${escapeHtml(m.prefix + p.path)}">${escapeHtml(p.title)}</a></li>`).join('');
      return `<li><a href="${escapeHtml(m.prefix)}">${escapeHtml(m.title ?? m.prefix)}</a>${inside ? `<ul>${inside}</ul>` : ''}</li>`;
    })
    .join('\n');
  const rows = allLists(db)
    .map((l) => {
      const api = `${baseUrl}/sites/gtm/_api/web/lists/getbytitle('${encodeURIComponent(l.title.replace(/'/g, "''"))}')/items`;
      return `<tr><td>${escapeHtml(l.title)}</td><td>${countItems(db, l.id)}</td><td><a href="${escapeHtml(api)}">items</a></td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>GTM workbench</title>
<style>${FLUENT_PAGE_CSS}</style>
</head><body><main>
<h1>GTM workbench</h1>
<p>SharePoint REST: <code>${escapeHtml(baseUrl)}/sites/gtm/_api/</code> · Graph: <code>${escapeHtml(baseUrl)}/graph/v1.0/</code> · Health: <a href="/_workbench/health">/_workbench/health</a></p>
${pages ? `<h2>Host pages</h2>\n<ul>\n${pages}\n</ul>\n<h2>Lists</h2>\n` : ''}<div class="wide"><table><thead><tr><th>List</th><th>Items</th><th>REST</th></tr></thead><tbody>
${rows || '<tr><td colspan="3">No lists yet.</td></tr>'}
</tbody></table></div>
</main></body></html>
`;
}

/** `GET /`: a plain HTML index of the stand-in's lists and item counts (all text escaped). */
import type { Db } from './store/db';
import { allLists } from './store/lists';
import { countItems } from './store/items';
import { escapeHtml } from './http';

export function indexPage(db: Db, baseUrl: string): string {
  const rows = allLists(db)
    .map((l) => {
      const api = `${baseUrl}/sites/gtm/_api/web/lists/getbytitle('${encodeURIComponent(l.title.replace(/'/g, "''"))}')/items`;
      return `<tr><td>${escapeHtml(l.title)}</td><td>${countItems(db, l.id)}</td><td><a href="${escapeHtml(api)}">items</a></td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>GTM workbench</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}</style>
</head><body>
<h1>GTM workbench</h1>
<p>SharePoint REST: <code>${escapeHtml(baseUrl)}/sites/gtm/_api/</code> · Graph: <code>${escapeHtml(baseUrl)}/graph/v1.0/</code> · Health: <a href="/_workbench/health">/_workbench/health</a></p>
<table><thead><tr><th>List</th><th>Items</th><th>REST</th></tr></thead><tbody>
${rows || '<tr><td colspan="3">No lists yet.</td></tr>'}
</tbody></table>
</body></html>
`;
}

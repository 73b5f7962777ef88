/**
 * The in-memory ListStore the component tests use behaves like the adapters where the UIs care:
 * the demo tenant round-trips through every repository, a stale ETag conflicts, a removed list
 * answers 404, injected failures surface, queries filter, sort and page, and renamed lists work.
 */
import {
  ConflictError,
  createKpiRepository,
  createMemoryListStore,
  createQualifiedAccountRepository,
  createRiskRepository,
  ListStoreError,
  readAllRows,
  GTM_LISTS,
  renameLists,
  RISK_REGISTER_LIST,
  ThrottledError,
  withListTitles,
} from '../../shared/src/sharepoint';
import { generateDemoTenant } from '../../workbench/src/seed';
import { seedDemoTenant } from '../../workbench/src/start/seed-workbench';

const tenant = generateDemoTenant({ now: '2026-11-22' });

test('the demo tenant written through the repositories reads back whole: 30 risks, 200 accounts, no invalid rows', async () => {
  const store = createMemoryListStore();
  await seedDemoTenant(store, tenant);
  const risks = await createRiskRepository(store).read();
  const accounts = await createQualifiedAccountRepository(store).read();
  const kpis = await createKpiRepository(store).read();
  expect([risks.items.length, risks.invalid]).toEqual([30, []]);
  expect([accounts.items.length, accounts.invalid]).toEqual([200, []]);
  expect([kpis.items.length, kpis.invalid]).toEqual([22, []]);
  expect(risks.items.map((r) => r.title)).toEqual(tenant.risks.map((r) => r.title));
});

test('an update with the ETag read before someone else saved answers ConflictError holding their version', async () => {
  const store = createMemoryListStore();
  const repo = createRiskRepository(store);
  await repo.add([tenant.risks[0]!]);
  const { items, etags } = await repo.read();
  const mine = items[0]!;
  store.touch(RISK_REGISTER_LIST, Number(mine.id), { Title: 'Renamed by Sam' });
  const [result] = await repo.update([{ id: mine.id, etag: etags.get(mine.id)!, entity: { ...mine, title: 'Renamed by me' } }]);
  expect(result?.ok).toBe(false);
  const error = result?.ok === false ? result.error : null;
  expect(error).toBeInstanceOf(ConflictError);
  expect((error as ConflictError).current?.values.Title).toBe('Renamed by Sam');
  expect(store.rows(RISK_REGISTER_LIST)[0]?.values.Title).toBe('Renamed by Sam');
});

test('a removed list answers 404 on read; an injected throttle fails the next call only', async () => {
  const store = createMemoryListStore();
  store.removeList('Risk Register');
  await expect(createRiskRepository(store).read()).rejects.toMatchObject({ status: 404 });
  store.restoreList('Risk Register');
  store.failNext(new ThrottledError('Reading Risk Register', 429, 2));
  await expect(createRiskRepository(store).read()).rejects.toBeInstanceOf(ThrottledError);
  await expect(createRiskRepository(store).read()).resolves.toMatchObject({ items: [] });
  store.failNext(new ListStoreError('Access denied', 403));
  const [write] = await createRiskRepository(store).add([tenant.risks[0]!]);
  expect(write).toMatchObject({ ok: false, error: { status: 403 } });
});

test('queries filter, sort and page like the server: likelihood ≥ 4 keeps 4 of 10 rows, by title descending, 2 per page', async () => {
  const store = createMemoryListStore();
  // Likelihoods 1,2,3,4,5,1,2,3,4,5 for Risk 1…Risk 10: rows 4, 5, 9 and 10 have 4 or 5.
  store.seed(RISK_REGISTER_LIST, Array.from({ length: 10 }, (_, i) => ({ Title: `Risk ${i + 1}`, GtmInherentLikelihood: (i % 5) + 1 })));
  const query = { where: [{ field: 'GtmInherentLikelihood', op: 'ge' as const, value: 4 }], orderBy: [{ field: 'Title', descending: true }], top: 2 };
  const pages: unknown[][] = [];
  for await (const page of store.readAll(RISK_REGISTER_LIST, query)) pages.push(page.map((r) => r.values.Title));
  // Text sorts as text: "Risk 9" > "Risk 5" > "Risk 4" > "Risk 10".
  expect(pages).toEqual([['Risk 9', 'Risk 5'], ['Risk 4', 'Risk 10']]);
  await expect(readAllRows(store, RISK_REGISTER_LIST, { where: [{ field: 'GtmNoSuchField', op: 'eq', value: 1 }] })).rejects.toThrow(
    'Risk Register has no field "GtmNoSuchField"',
  );
});

test('withListTitles sends the site title to the store and keeps the declared schema elsewhere', async () => {
  const store = createMemoryListStore();
  const renamed = withListTitles(store, { 'Risk Register': 'Risks FY27' });
  await createRiskRepository(renamed).add([tenant.risks[0]!]);
  expect(store.rows('Risks FY27')).toHaveLength(1);
  expect(store.rows('Risk Register')).toHaveLength(0);
});

test('renameLists renames a list and the lookups that point at it, and leaves the others alone', () => {
  const renamed = renameLists(GTM_LISTS, { 'GTM KPIs': 'KPIs FY27', 'Risk Register': '  ' });
  expect(renamed.map((l) => l.title)).toContain('KPIs FY27');
  expect(renamed.map((l) => l.title)).toContain('Risk Register');
  const lookups = renamed.flatMap((l) => l.fields.filter((f) => f.lookupList !== undefined).map((f) => f.lookupList));
  expect(lookups).not.toContain('GTM KPIs');
  expect(lookups).toContain('KPIs FY27');
});

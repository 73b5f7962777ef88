/**
 * Issue 13, "durable as it happens", over real HTTP: the Teams tab's review gateway (PnPjs over
 * Graph, as the tab builds it) against the workbench stand-in. Opening the review creates a GTM
 * Reviews item In progress; a decision and an action are in SharePoint — read back over raw REST —
 * the moment they are captured, before End review; two tabs capturing at once both keep theirs
 * (ETags, 412, merge); End review then holds the item, posts the summary with an @mention and
 * schedules the next review at 09:00 in the organizer's mailbox zone. A site provisioned before
 * the status and meeting-record columns gets them from provision, and its old reviews read as held.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSpListStore, fetchSiteTimeZone, GTM_LISTS, GTM_REVIEWS_LIST, provision, spForWorkbench, workbenchGraphUrl, workbenchSiteUrl } from '../../shared/src/sharepoint';
import type { ListSchema } from '../../shared/src/sharepoint';
import { connectReviewBackend } from '../../teams-app/src/data/connect-graph';
import { newProgress, runEndReview } from '../../teams-app/src/review/end-review';
import type { ReviewBackend } from '../../teams-app/src/review/review-backend';
import { changeReview, openReview, recordChanges, refreshReview, saveAction } from '../../teams-app/src/review/review-record';
import { createWorkbenchServer } from '../../workbench/src/server/server';
import type { WorkbenchServer } from '../../workbench/src/server/server';

jest.setTimeout(120_000);

const place = { teamId: 'gtm-team', channelId: 'gtm-review' };
const onKpi = { key: 'kpi:1', title: 'Pipeline created', section: { key: 'kpi-review', title: 'KPI review' } };

let server: WorkbenchServer;
let dataDir: string;
let elena: { email: string; displayName: string };

async function token(): Promise<string> {
  return ((await (await fetch(`${server.url}/_workbench/token`)).json()) as { token: string }).token;
}

/** A tab's gateway, as `tab.tsx` builds it (Graph list store over PnPjs, the Teams Graph calls). */
function tab(): ReviewBackend {
  return connectReviewBackend({
    graphUrl: workbenchGraphUrl(server.url), siteId: 'root', getToken: token, place, chatId: null,
    timeZone: () => fetchSiteTimeZone(workbenchSiteUrl(server.url)),
  }).backend;
}

/** Items of a list over SharePoint REST, as a site owner would look at them. */
async function rest(list: string, select: string): Promise<Record<string, unknown>[]> {
  const res = await fetch(`${workbenchSiteUrl(server.url)}/_api/web/lists/getbytitle('${encodeURIComponent(list)}')/items?$select=${select}`, {
    headers: { Accept: 'application/json;odata=nometadata' },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { value: Record<string, unknown>[] }).value;
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-review-capture-'));
  server = await createWorkbenchServer({ port: 0, dataDir });
  // The site as provisioned before this issue: GTM Reviews without the status and the meeting record.
  const old: ListSchema = { ...GTM_REVIEWS_LIST, fields: GTM_REVIEWS_LIST.fields.filter((f) => f.name !== 'GtmReviewStatus' && f.name !== 'GtmMeetingRecord') };
  const sp = spForWorkbench(workbenchSiteUrl(server.url), { retries: 3, interval: 10 });
  await provision(sp, [old]);
  // A directory user who is a user of the site (the demo's Marketing Director).
  elena = { email: 'elena.ricci@contoso.example', displayName: 'Elena Ricci' };
  // Over SharePoint REST, which adds Elena to the site (ensureuser) as a web part would.
  await createSpListStore(sp).add(old, [
    { Title: 'GTM Review 2026-11-16', GtmReviewDate: '2026-11-16', GtmAttendees: JSON.stringify([elena]), GtmAttendeePeople: [elena], GtmDecisions: '["Keep the targets"]', GtmActionIds: '[]', GtmKpiSnapshot: '[]' },
  ]);
  // What `npm start` and `gtm provision` do on an existing site: add what is missing.
  await provision(sp, GTM_LISTS);
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the review in progress over Graph, stored as it is captured', () => {
  it('reads a review from before the upgrade as held, with its decision', async () => {
    const open = await openReview(tab(), place, '2026-11-16', [elena]);
    expect(open.held).toBe(true);
    expect(open.session.decisions.map((d) => d.text)).toEqual(['Keep the targets']);
  });

  it('opens the review In progress; a decision and an action are in SharePoint at once, before End review; two tabs capturing together keep both', async () => {
    const panel = tab();
    const open = await openReview(panel, place, '2026-12-07', [elena]);
    const itemId = open.stored.itemId;
    expect((await rest('GTM Reviews', 'Id,GtmReviewStatus')).find((r) => r.Id === Number(itemId))?.GtmReviewStatus).toBe('In progress');

    await changeReview(panel, itemId, recordChanges.decision({ clientId: 'd1', text: 'Move 10% of the events budget to paid search', item: onKpi }));
    const actionId = await saveAction(panel, itemId, { clientId: 'a1', title: 'Bring a pipeline recovery plan', owner: elena, dueDate: '2026-12-21', item: onKpi });
    const [review] = (await rest('GTM Reviews', 'Id,GtmDecisions,GtmMeetingRecord,GtmActionIds')).filter((r) => r.Id === Number(itemId));
    expect(JSON.parse(String(review?.GtmDecisions))).toEqual(['Move 10% of the events budget to paid search']);
    expect(JSON.parse(String(review?.GtmMeetingRecord))).toMatchObject({ decisions: [{ id: 'd1', about: { key: 'kpi:1' } }], actionsAbout: { [actionId]: { key: 'kpi:1' } } });
    expect(JSON.parse(String(review?.GtmActionIds))).toEqual([actionId]);
    const actions = await rest('GTM Actions', 'Id,Title,GtmReviewId,GtmStatus');
    expect(actions.find((a) => a.Id === Number(actionId))).toMatchObject({ Title: 'Bring a pipeline recovery plan', GtmReviewId: Number(itemId), GtmStatus: 'Open' });

    // Two attendees' tabs capture at the same moment: one write meets a 412, reads again, merges.
    const other = tab();
    await Promise.all([
      changeReview(panel, itemId, recordChanges.decision({ clientId: 'd2', text: 'Hire an SDR', item: onKpi })),
      changeReview(other, itemId, recordChanges.decision({ clientId: 'd3', text: 'Pause the webinar series', item: onKpi })),
    ]);
    // A late joiner (a fresh tab) reads everything back.
    const late = await openReview(tab(), place, '2026-12-07', []);
    expect(late.stored.itemId).toBe(itemId);
    expect(late.session.decisions.map((d) => d.text).sort()).toEqual(['Hire an SDR', 'Move 10% of the events budget to paid search', 'Pause the webinar series']);
    expect(late.session.actions.map((a) => [a.itemId, a.title, a.item.key])).toEqual([[actionId, 'Bring a pipeline recovery plan', 'kpi:1']]);

    // End review: holds, posts (Elena @mentioned), schedules at 09:00 in her mailbox zone.
    const { session } = await refreshReview(panel, place, itemId);
    const target = await panel.endReviewTarget();
    expect(target).toEqual({ channelName: 'GTM Review', timeZone: 'W. Europe Standard Time', start: '09:00', end: '10:00', timeZoneNote: null });
    const done = await runEndReview(panel, { reviewItemId: itemId, session, kpis: [], measurements: [], actions: [], target }, newProgress(session.key), () => undefined);
    expect((await rest('GTM Reviews', 'Id,GtmReviewStatus')).find((r) => r.Id === Number(itemId))?.GtmReviewStatus).toBe('Held');
    const auth = { Authorization: `Bearer ${await token()}` };
    const message = (await (await fetch(`${workbenchGraphUrl(server.url)}/teams/gtm-team/channels/gtm-review/messages/${String(done.messageId)}`, { headers: auth })).json()) as {
      body: { content: string };
      mentions: { id: number; mentionText: string; mentioned: { user: { displayName: string } } }[];
    };
    expect(message.body.content).toContain('Bring a pipeline recovery plan — <at id="0">Elena Ricci</at>, due Mon 21 Dec 2026');
    expect(message.mentions.map((m) => [m.id, m.mentionText, m.mentioned.user.displayName])).toEqual([[0, 'Elena Ricci', 'Elena Ricci']]);
    const event = (await (await fetch(`${workbenchGraphUrl(server.url)}/me/events/${String(done.eventId)}`, { headers: auth })).json()) as { start: { dateTime: string; timeZone: string } };
    expect(event.start.dateTime.slice(0, 19)).toBe('2026-12-28T09:00:00');
    expect(event.start.timeZone).toBe('W. Europe Standard Time');
  });
});

'use strict';
/**
 * `npm run bench` (workbench part): does one heavy `$batch` starve other clients? Pings
 * `/_workbench/health` idle, then while a batch of 50 GETs of 5,000 items each runs (issue 15, probe
 * 4: it used to take 7.9 s meanwhile), and prints both latencies side by side with their ratio.
 * The batch yields to the event loop between its parts, so a ping waits for one part at most.
 */
const { randomUUID } = require('node:crypto');

const PARTS = 50;
const TOP = 5000;

async function ping(baseUrl) {
  const started = process.hrtime.bigint();
  const res = await fetch(`${baseUrl}/_workbench/health`);
  await res.text();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A multipart `$batch` body of `parts` GETs, as PnPjs writes one. */
function heavyBatch(siteUrl, listTitle, parts, top) {
  const boundary = `batch_${randomUUID()}`;
  const lines = [];
  for (let i = 0; i < parts; i++) {
    lines.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    lines.push(`GET ${siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(listTitle)}')/items?$top=${top} HTTP/1.1`, 'Accept: application/json;odata=nometadata', '', '');
  }
  lines.push(`--${boundary}--`, '');
  return { boundary, body: lines.join('\r\n') };
}

/**
 * @returns {{ idleMs: number, busyMs: number, pings: number, batchSeconds: number, batchBytes: number }}
 */
async function healthUnderBatch({ baseUrl, siteUrl, listTitle, digest }) {
  const idle = [];
  for (let i = 0; i < 20; i++) idle.push(await ping(baseUrl));
  const { boundary, body } = heavyBatch(siteUrl, listTitle, PARTS, TOP);
  const started = process.hrtime.bigint();
  let done = false;
  const batch = fetch(`${siteUrl}/_api/$batch`, {
    method: 'POST',
    headers: { 'content-type': `multipart/mixed; boundary=${boundary}`, accept: 'application/json', 'x-requestdigest': digest },
    body,
  })
    .then(async (r) => {
      const b = await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`the heavy $batch answered ${r.status}: ${Buffer.from(b).toString('utf8').slice(0, 300)}`);
      return b.byteLength;
    })
    .finally(() => {
      done = true;
    });
  await new Promise((r) => setTimeout(r, 50)); // let the batch start
  const busy = [];
  while (!done) busy.push(await ping(baseUrl));
  const batchBytes = await batch;
  const batchSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { idleMs: median(idle), busyMs: median(busy.length > 0 ? busy : [0]), maxBusyMs: Math.max(0, ...busy), pings: busy.length, batchSeconds, batchBytes };
}

module.exports = { healthUnderBatch, PARTS, TOP };

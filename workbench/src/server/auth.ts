/**
 * Request digests for SharePoint writes and bearer tokens for Graph.
 * Digests are random, stored in SQLite with their expiry (FormDigestTimeoutSeconds = 1800), so a
 * restart keeps them valid. Graph dev tokens are HMAC-signed with a secret kept in the same file:
 * they need no table and survive restarts; they expire after 24 hours.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { type Db, getMeta } from './store/db';

export const FORM_DIGEST_TIMEOUT_SECONDS = 1800;
const TOKEN_LIFETIME_MS = 24 * 3600 * 1000;

export function issueDigest(db: Db, now: Date): string {
  // SharePoint's shape: 0x<hex>,<date>; PnPjs splits on the comma.
  const value = `0x${randomBytes(64).toString('hex').toUpperCase()},${now.toUTCString().replace('GMT', '-0000')}`;
  db.prepare('DELETE FROM digests WHERE expires < ?').run(now.getTime());
  db.prepare('INSERT INTO digests (value, expires) VALUES (?, ?)').run(value, now.getTime() + FORM_DIGEST_TIMEOUT_SECONDS * 1000);
  return value;
}

export function isValidDigest(db: Db, value: string | undefined, now: Date): boolean {
  if (!value) return false;
  const row = db.prepare('SELECT expires FROM digests WHERE value = ?').get(value) as { expires: number } | undefined;
  return row !== undefined && row.expires >= now.getTime();
}

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function issueToken(db: Db, now: Date): string {
  const payload = Buffer.from(JSON.stringify({ sub: 'admin@gtm.local', exp: now.getTime() + TOKEN_LIFETIME_MS, n: randomBytes(8).toString('hex') })).toString('base64url');
  return `wb.${payload}.${sign(getMeta(db, 'tokenSecret'), payload)}`;
}

export function isValidToken(db: Db, authorization: string | undefined, now: Date): boolean {
  const m = /^Bearer\s+wb\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(authorization ?? '');
  if (!m) return false;
  const [, payload = '', sig = ''] = m;
  const expected = Buffer.from(sign(getMeta(db, 'tokenSecret'), payload));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof claims.exp === 'number' && claims.exp > now.getTime();
  } catch {
    return false;
  }
}

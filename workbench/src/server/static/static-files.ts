/**
 * Static files for the workbench's host pages (web part pages, the Teams tab, the Excel
 * playground): each mount maps a URL prefix to a build folder. GET and HEAD only; a folder serves
 * its index.html; paths are resolved inside the mount so `..` cannot leave it, and a file is served
 * only when its real path (symbolic links followed) is inside the mount's real folder: a link to
 * /etc/passwd dropped into a build folder answers 404.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

export interface StaticMount {
  /** URL prefix with leading and trailing slash, e.g. `/pages/`. */
  prefix: string;
  /** Folder on disk the prefix maps to. */
  dir: string;
  /** Shown on the index page. */
  title?: string;
  /** Said instead of 404 when the folder is missing (e.g. "run npm run build:ui"). */
  missingHint?: string;
  /** The mount's pages, each linked from the index page under the mount (path relative to the prefix). */
  pages?: readonly { path: string; title: string }[];
}

export interface StaticFile {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

function text(status: number, message: string): StaticFile {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: Buffer.from(message, 'utf8') };
}

/** The mount whose prefix starts `pathname` (or equals it without the trailing slash). */
export function findMount(mounts: readonly StaticMount[], pathname: string): StaticMount | undefined {
  return mounts.find((m) => pathname.startsWith(m.prefix) || pathname === m.prefix.replace(/\/$/, ''));
}

/** True when `path` is `root` or below it (both real paths). */
function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Answers a GET/HEAD for `pathname` under `mount`. */
export function serveStatic(mount: StaticMount, pathname: string, method: string): StaticFile {
  if (method !== 'GET' && method !== 'HEAD') return text(405, 'Use GET.');
  if (pathname === mount.prefix.replace(/\/$/, '')) {
    return { status: 301, headers: { location: mount.prefix }, body: Buffer.alloc(0) };
  }
  const root = resolve(mount.dir);
  if (!existsSync(root)) return text(404, `Not built yet: ${mount.missingHint ?? 'run `npm run build:ui`.'}`);
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(mount.prefix.length));
  } catch {
    return text(400, 'Malformed URL.');
  }
  let file = resolve(root, normalize(relative));
  if (file !== root && !file.startsWith(root + sep)) return text(403, 'Outside the mount.');
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file) || !statSync(file).isFile()) return text(404, `Not found: ${pathname}`);
  if (!isInside(realpathSync(root), realpathSync(file))) return text(404, `Not found: ${pathname}`);
  const body = readFileSync(file);
  return {
    status: 200,
    headers: {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    },
    body: method === 'HEAD' ? Buffer.alloc(0) : body,
  };
}

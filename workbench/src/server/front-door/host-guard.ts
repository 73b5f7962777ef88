/**
 * Who may talk to the workbench: only pages and clients that name it by a loopback address.
 *
 * DNS rebinding: a web page on `evil.example` can make its own name resolve to 127.0.0.1 and then
 * read the stand-in as if it were same-origin — but the browser still sends `Host: evil.example:…`.
 * So every route checks Host against the three loopback names of this port, and the routes that
 * change data or hand out credentials (the dev token, the digest) also refuse a foreign `Origin`
 * (a cross-site form or fetch). No route sends CORS headers, so a foreign page cannot read answers.
 */

export type HostCheck = { ok: true; host: string } | { ok: false; status: 400 | 421; message: string };

/** `127.0.0.1:4321`, `localhost:4321`, `[::1]:4321` — what a browser or PnPjs sends for this server. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
}

/**
 * Checks a request's Host header. Missing or malformed is 400 (RFC 9112 §3.2: a server MUST answer
 * 400 to an HTTP/1.1 request without a valid Host); a well-formed foreign host is 421 Misdirected
 * Request (RFC 9110 §15.5.20: this server will not answer for that authority).
 *
 * @example checkHost('LOCALHOST:4321', 4321) // { ok: true, host: 'localhost:4321' }
 * @example checkHost('evil.example:4321', 4321).ok // false (status 421)
 * @example checkHost('127.0.0.1:9999', 4321).ok // false: another port is another authority
 */
export function checkHost(header: string | undefined, port: number): HostCheck {
  const allowed = allowedHosts(port);
  const list = allowed.join(', ');
  if (header === undefined || header.trim() === '') {
    return { ok: false, status: 400, message: `Missing Host header. Send Host: one of ${list}.` };
  }
  const host = header.trim().toLowerCase();
  if (!/^[a-z0-9.[\]:-]+$/.test(host)) {
    return { ok: false, status: 400, message: `Malformed Host header. Send Host: one of ${list}.` };
  }
  if (allowed.includes(host)) return { ok: true, host };
  return {
    ok: false,
    status: 421,
    message: `The workbench answers only for ${list}; Host '${host}' is refused (a page on another name may be trying DNS rebinding). Open the workbench at http://127.0.0.1:${port}/.`,
  };
}

/**
 * True when an `Origin` header names a page that is not this server. No header (curl, PnPjs in
 * Node, a same-origin GET) is not foreign; `Origin: null` (sandboxed frames, file: pages) is.
 *
 * @example isForeignOrigin('http://localhost:4321', 4321) // false
 * @example isForeignOrigin('https://evil.example', 4321) // true
 * @example isForeignOrigin(undefined, 4321) // false
 */
export function isForeignOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return false;
  return !allowedHosts(port).some((h) => origin.trim().toLowerCase() === `http://${h}`);
}

/**
 * The workbench's token source: `GET /_workbench/token` on the origin that served the pane (the
 * stand-in issues dev tokens to 127.0.0.1 only). One token serves Graph and REST alike, so the
 * scopes asked for are ignored.
 */
import { TokenError, type TokenSource } from './token-source';

/**
 * @param origin the workbench, e.g. `http://127.0.0.1:4321`
 * @throws {TokenError} from getToken when the workbench is unreachable or issues no token
 */
export function workbenchTokenSource(origin: string, fetchImpl: typeof fetch = fetch): TokenSource {
  return {
    async getToken() {
      let response: Response;
      try {
        response = await fetchImpl(`${origin}/_workbench/token`);
      } catch {
        throw new TokenError(`The workbench at ${origin} could not be reached for a Graph token; start it with \`npm start\` and load again.`);
      }
      const body = (await response.json().catch(() => ({}))) as { token?: unknown };
      if (!response.ok || typeof body.token !== 'string') {
        throw new TokenError(
          `The workbench at ${origin} issued no Graph token (HTTP ${response.status}); it issues dev tokens to this machine only (127.0.0.1).`,
        );
      }
      return body.token;
    },
  };
}

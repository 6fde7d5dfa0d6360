// The browser-mode server's decisions, as pure functions: which Host and Origin are ours, and
// whether a request carries the launch token. The token travels in a request header, never in a
// cookie: cookies ignore ports, so any other server on 127.0.0.1 would receive one.
import { timingSafeEqual } from 'node:crypto';

/** The header every API call carries (lower case, as node:http hands headers over). */
export const TOKEN_HEADER = 'x-notebook-token';

/** Needs no token: the page trades a one-time opening code for the token here. */
export const EXCHANGE_PATH = '/session/exchange';

/** Only our own loopback names: a rebinding DNS name pointing at 127.0.0.1 is refused. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** No Origin (a plain navigation) is fine; when present it must be exactly our origin. */
export function isAllowedOrigin(origin: string | undefined, host: string, port: number): boolean {
  if (origin === undefined) return true;
  return isAllowedHost(host, port) && origin === `http://${host}`;
}

/** Constant-time for equal lengths; the length of a random hex token is no secret. */
export function tokensMatch(candidate: string | string[] | undefined | null, token: string): boolean {
  if (typeof candidate !== 'string' || candidate === '') return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Every API route needs the token; the built page and its assets (no library data in them) do not. */
export function needsToken(pathname: string): boolean {
  return pathname.startsWith('/rpc/') || pathname === '/rpc';
}

export type RequestVerdict = { status: 403; reason: string } | { status: 401; reason: string } | { status: 'ok' };

export const MISSING_TOKEN_REASON =
  'This call needs the notebook’s launch token. Open the address the notebook printed when it started (npm start, or npm run cli -- serve).';

/** Host first (stops DNS rebinding), then Origin (stops other local pages), then the token header. */
export function judgeRequest(
  request: { host: string | undefined; origin: string | undefined; tokenHeader: string | string[] | undefined; pathname: string },
  port: number,
  token: string,
): RequestVerdict {
  if (!isAllowedHost(request.host, port)) return { status: 403, reason: 'This server answers only to 127.0.0.1 or localhost on its own port.' };
  if (!isAllowedOrigin(request.origin, request.host!, port)) return { status: 403, reason: 'Requests from other origins are refused.' };
  if (needsToken(request.pathname) && !tokensMatch(request.tokenHeader, token)) return { status: 401, reason: MISSING_TOKEN_REASON };
  return { status: 'ok' };
}

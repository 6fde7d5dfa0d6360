// The browser-mode server's decisions, as pure functions: which Host and Origin are ours,
// and whether a request carries the launch token.
import { timingSafeEqual } from 'node:crypto';

export const TOKEN_QUERY_PARAM = 'token';

/** One cookie per port: cookies ignore ports, and two launches must not overwrite each other. */
export function sessionCookieName(port: number): string {
  return `notebook_session_${port}`;
}

/** Only our own loopback names: a rebinding DNS name pointing at 127.0.0.1 is refused. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** No Origin (a plain navigation) is fine; when present it must be exactly our origin. */
export function isAllowedOrigin(origin: string | undefined, host: string, port: number): boolean {
  if (origin === undefined) return true;
  return isAllowedHost(host, port) && origin === `http://${host}`;
}

export function tokensMatch(candidate: string | undefined | null, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function sessionCookie(port: number, token: string): string {
  return `${sessionCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

export type RequestVerdict = { status: 403; reason: string } | { status: 401; reason: string } | { status: 'ok'; setCookie: boolean };

/** Host first (stops DNS rebinding), then Origin (stops other local pages), then the token. */
export function judgeRequest(
  request: { host: string | undefined; origin: string | undefined; cookie: string | undefined; queryToken: string | null },
  port: number,
  token: string,
): RequestVerdict {
  if (!isAllowedHost(request.host, port)) return { status: 403, reason: 'This server answers only to 127.0.0.1 or localhost on its own port.' };
  if (!isAllowedOrigin(request.origin, request.host!, port)) return { status: 403, reason: 'Requests from other origins are refused.' };
  if (tokensMatch(readCookie(request.cookie, sessionCookieName(port)), token)) return { status: 'ok', setCookie: false };
  if (tokensMatch(request.queryToken, token)) return { status: 'ok', setCookie: true };
  return { status: 401, reason: 'Open the address with ?token=… that the notebook printed when it started.' };
}

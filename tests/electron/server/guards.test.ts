import { describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin, judgeRequest, readCookie, sessionCookie, sessionCookieName, tokensMatch } from '../../../electron/server/guards';

const port = 41234;
const token = 'a'.repeat(64);
const cookie = `${sessionCookieName(port)}=${token}`;

describe('isAllowedHost', () => {
  it('allows only our loopback names on our port', () => {
    expect(isAllowedHost(`127.0.0.1:${port}`, port)).toBe(true);
    expect(isAllowedHost(`localhost:${port}`, port)).toBe(true);
  });

  const foreign = [
    undefined,
    '',
    '127.0.0.1',
    `127.0.0.1:${port + 1}`,
    `evil.example:${port}`,
    `[::1]:${port}`,
    `127.0.0.2:${port}`,
    `localhost.evil.example:${port}`,
    `127.0.0.1:${port}.evil.example`,
  ];
  it.each(foreign)('refuses %j', (host) => {
    expect(isAllowedHost(host, port)).toBe(false);
  });
});

describe('isAllowedOrigin', () => {
  const host = `127.0.0.1:${port}`;

  it('allows no Origin (a plain navigation) and exactly our own origin', () => {
    expect(isAllowedOrigin(undefined, host, port)).toBe(true);
    expect(isAllowedOrigin(`http://${host}`, host, port)).toBe(true);
  });

  it.each(['null', 'http://evil.example', `https://${host}`, `http://localhost:${port}`, `http://${host}/`, ''])('refuses %j', (origin) => {
    expect(isAllowedOrigin(origin, host, port)).toBe(false);
  });
});

describe('tokensMatch', () => {
  it('matches only the exact token', () => {
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch('b'.repeat(64), token)).toBe(false);
    expect(tokensMatch(token.slice(1), token)).toBe(false);
    expect(tokensMatch(`${token}a`, token)).toBe(false);
    expect(tokensMatch('', token)).toBe(false);
    expect(tokensMatch(undefined, token)).toBe(false);
    expect(tokensMatch(null, token)).toBe(false);
  });
});

describe('cookies', () => {
  it('reads our cookie among others', () => {
    expect(readCookie(`a=1; ${cookie}; b=2`, sessionCookieName(port))).toBe(token);
    expect(readCookie('a=b=c', 'a')).toBe('b=c');
  });

  it('finds nothing when the cookie is absent or belongs to another port', () => {
    expect(readCookie(undefined, sessionCookieName(port))).toBeUndefined();
    expect(readCookie('a=1', sessionCookieName(port))).toBeUndefined();
    expect(readCookie(`${sessionCookieName(port)}5=${token}`, sessionCookieName(port))).toBeUndefined();
  });

  it('sets an HttpOnly, SameSite=Strict cookie named for the port', () => {
    const header = sessionCookie(port, token);
    expect(header.startsWith(`${cookie};`)).toBe(true);
    expect(header).toContain('HttpOnly');
    expect(header).toContain('SameSite=Strict');
    expect(header).toContain('Path=/');
    expect(sessionCookieName(port)).not.toBe(sessionCookieName(port + 1));
  });
});

describe('judgeRequest', () => {
  const ok = { host: `127.0.0.1:${port}`, origin: undefined, cookie: undefined, queryToken: null };

  it('accepts the cookie, and sets it when the token came in the query', () => {
    expect(judgeRequest({ ...ok, cookie }, port, token)).toEqual({ status: 'ok', setCookie: false });
    expect(judgeRequest({ ...ok, queryToken: token }, port, token)).toEqual({ status: 'ok', setCookie: true });
  });

  it('answers 401 without a token, or with a wrong one', () => {
    expect(judgeRequest(ok, port, token).status).toBe(401);
    expect(judgeRequest({ ...ok, queryToken: 'wrong' }, port, token).status).toBe(401);
    expect(judgeRequest({ ...ok, cookie: `${sessionCookieName(port + 1)}=${token}` }, port, token).status).toBe(401);
  });

  it('answers 403 for a foreign Host or Origin, even with a valid cookie', () => {
    expect(judgeRequest({ ...ok, cookie, host: `evil.example:${port}` }, port, token).status).toBe(403);
    expect(judgeRequest({ ...ok, cookie, host: undefined }, port, token).status).toBe(403);
    expect(judgeRequest({ ...ok, cookie, origin: 'http://evil.example' }, port, token).status).toBe(403);
  });
});

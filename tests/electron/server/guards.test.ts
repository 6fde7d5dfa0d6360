import { describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin, judgeRequest, needsToken, tokensMatch } from '../../../electron/server/guards';

const port = 41234;
const token = 'a'.repeat(64);

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

describe('needsToken', () => {
  it('guards every API route and leaves the built page and its assets open', () => {
    for (const path of ['/rpc/library.info', '/rpc/', '/rpc', '/rpc/no.such']) expect(needsToken(path), path).toBe(true);
    for (const path of ['/', '/index.html', '/assets/app.js', '/session/exchange']) expect(needsToken(path), path).toBe(false);
  });
});

describe('judgeRequest', () => {
  const ok = { host: `127.0.0.1:${port}`, origin: undefined, tokenHeader: undefined, pathname: '/rpc/library.info' };

  it('accepts an API call with the token header, and a page without it', () => {
    expect(judgeRequest({ ...ok, tokenHeader: token }, port, token)).toEqual({ status: 'ok' });
    expect(judgeRequest({ ...ok, pathname: '/assets/app.js' }, port, token)).toEqual({ status: 'ok' });
  });

  it('answers 401 to an API call without the header, with a wrong one, or with two', () => {
    expect(judgeRequest(ok, port, token).status).toBe(401);
    expect(judgeRequest({ ...ok, tokenHeader: 'wrong' }, port, token).status).toBe(401);
    expect(judgeRequest({ ...ok, tokenHeader: [token, token] }, port, token).status).toBe(401);
  });

  it('answers 403 for a foreign Host or Origin, even with a valid token, on pages too', () => {
    expect(judgeRequest({ ...ok, tokenHeader: token, host: `evil.example:${port}` }, port, token).status).toBe(403);
    expect(judgeRequest({ ...ok, tokenHeader: token, host: undefined }, port, token).status).toBe(403);
    expect(judgeRequest({ ...ok, tokenHeader: token, origin: 'http://evil.example' }, port, token).status).toBe(403);
    expect(judgeRequest({ ...ok, pathname: '/', host: `evil.example:${port}` }, port, token).status).toBe(403);
  });
});

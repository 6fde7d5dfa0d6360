// Browser mode end to end over real HTTP: a temp library, a temp renderer folder, port 0.
// node:http rather than fetch, because fetch will not let a test set Host.
import { request, type IncomingHttpHeaders } from 'node:http';
import { Server as NetServer, connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { startServer } from '../../../electron/server/server';
import { OPENING_CODE_LIFETIME_MS } from '../../../electron/server/opening-codes';
import { contentSecurityPolicy } from '../../../shared/security';
import { MAX_REQUEST_BYTES } from '../../../shared/limits';
import { makeTempDir, openTrackedCore } from '../../helpers/temp-library';

const INDEX_HTML = '<!doctype html><title>Research Notebook</title><script type="module" src="/assets/app.js"></script>';
const APP_JS = 'console.log("notebook");';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

interface Send {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}

async function startTestServer() {
  const dir = makeTempDir('notebook-server');
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), APP_JS);
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer folder');
  const core = openTrackedCore(join(dir, 'library.sqlite'), dir);
  let now = 0;
  const warnings: string[] = [];
  const server = await startServer({ dispatch: core.dispatch, rendererDir, port: 0, now: () => now, warn: (message) => warnings.push(message) });
  onTestFinished(() => server.close());
  const auth = { 'X-Notebook-Token': server.token };
  const clock = { advance: (ms: number) => (now += ms) };

  /** One request; every answer, whatever its status, must carry the app's CSP. */
  function send({ method = 'GET', path = '/', headers = {}, body }: Send = {}): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, method, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const reply = { status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') };
          expect(reply.headers['content-security-policy'], `${method} ${path} -> ${reply.status}`).toBe(contentSecurityPolicy());
          resolve(reply);
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  const rpc = (method: string, input: unknown, headers: Record<string, string> = auth) =>
    send({
      method: 'POST',
      path: `/rpc/${method}`,
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof input === 'string' ? input : JSON.stringify(input),
    });

  /** Trades a one-time opening code for the token, as the page does. */
  const exchange = (code: string, headers: Record<string, string> = {}) =>
    send({ method: 'POST', path: '/session/exchange', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ code }) });

  return { server, core, auth, clock, warnings, send, rpc, exchange };
}

/** Sends a request whose body is never finished; resolves with the answer as soon as one arrives. */
function sendUnbounded(
  port: number,
  path: string,
  headers: Record<string, string>,
  writeBody: (req: ReturnType<typeof request>, answered: () => boolean) => void,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request({ host: '127.0.0.1', port, method: 'POST', path, headers }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
        req.destroy();
      });
      res.on('error', reject);
    });
    // Once the server has answered and hung up, writes may fail: that is expected.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    writeBody(req, () => answered);
  });
}

describe('browser-mode server: launch', () => {
  it('prints a 127.0.0.1 address with a long random token, new on every launch', async () => {
    const first = await startTestServer();
    const second = await startTestServer();
    const pattern = /^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{64}$/;
    expect(first.server.url).toMatch(pattern);
    expect(second.server.url).toMatch(pattern);
    expect(first.server.url).toContain(`:${first.server.port}/`);
    expect(first.server.token).not.toBe(second.server.token);
    expect(first.server.port).not.toBe(second.server.port);
  });

  it('listens on 127.0.0.1 only', async () => {
    const listen = vi.spyOn(NetServer.prototype, 'listen');
    onTestFinished(() => listen.mockRestore());
    const { server } = await startTestServer();
    const listening = listen.mock.contexts.at(-1) as NetServer;
    expect(listening.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4', port: server.port });

    const external = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal);
    if (external) {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = connect(server.port, external.address);
        socket.once('connect', () => {
          socket.destroy();
          resolve(false);
        });
        socket.once('error', () => resolve(true));
      });
      expect(refused, `reachable on ${external.address}`).toBe(true);
    }
  });
});

describe('browser-mode server: the token', () => {
  it('serves the page and its assets without the token, and never sets a cookie', async () => {
    const { server, send } = await startTestServer();
    for (const path of ['/', `/?token=${server.token}`, '/index.html']) {
      const page = await send({ path });
      expect(page.status, path).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.body).toBe(INDEX_HTML);
      expect(page.headers['set-cookie'], path).toBeUndefined();
    }
    const script = await send({ path: '/assets/app.js' });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe(APP_JS);
    expect(script.headers['set-cookie']).toBeUndefined();
  });

  it('answers an API call only with the X-Notebook-Token header: not a cookie, not the query', async () => {
    const { server, send, rpc } = await startTestServer();
    const refused: Array<Record<string, string>> = [
      {},
      { Cookie: `notebook_session_${server.port}=${server.token}` },
      { 'X-Notebook-Token': '0'.repeat(64) },
      { 'X-Notebook-Token': server.token.slice(0, -1) },
      { 'X-Notebook-Token': `${server.token}0` },
      { Authorization: `Bearer ${server.token}` },
    ];
    for (const headers of refused) {
      const call = await rpc('library.info', {}, headers);
      expect(call.status, JSON.stringify(headers)).toBe(401);
      expect(call.body).not.toContain('libraryId');
    }
    const query = await send({ method: 'POST', path: `/rpc/library.info?token=${server.token}`, headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(query.status).toBe(401);
    expect(query.body).toContain('address the notebook printed');

    const allowed = await rpc('library.info', {}, { 'X-Notebook-Token': server.token });
    expect(allowed.status).toBe(200);
    expect(JSON.parse(allowed.body)).toMatchObject({ ok: true, value: { clippingCount: 0 } });
    expect(allowed.headers['set-cookie']).toBeUndefined();
  });

  it('trades a one-time opening code for the token once; the link itself holds no token', async () => {
    const { server, exchange, rpc, warnings } = await startTestServer();
    const link = server.openingLink();
    expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/#code=[0-9a-f]{64}$`));
    expect(link).not.toContain(server.token);
    const code = new URL(link).hash.slice('#code='.length);

    const traded = await exchange(code, { Origin: `http://127.0.0.1:${server.port}` });
    expect(traded.status).toBe(200);
    expect(JSON.parse(traded.body)).toEqual({ ok: true, value: { token: server.token } });
    expect(traded.headers['set-cookie']).toBeUndefined();
    expect((await rpc('library.info', {}, { 'X-Notebook-Token': JSON.parse(traded.body).value.token })).status).toBe(200);

    const again = await exchange(code);
    expect(again.status).toBe(401);
    expect(JSON.parse(again.body).error.message).toContain('already used');
    // A second use may be someone else who read the link: the person at the terminal is told.
    expect(warnings).toEqual([expect.stringContaining('used a second time')]);
    expect(again.body).not.toContain(server.token);
    // The code is no token: the API refuses it.
    expect((await rpc('library.info', {}, { 'X-Notebook-Token': code })).status).toBe(401);
  });

  it('lets an opening code expire unused, and refuses codes it never issued', async () => {
    const { server, exchange, clock } = await startTestServer();
    const code = new URL(server.openingLink()).hash.slice('#code='.length);
    clock.advance(OPENING_CODE_LIFETIME_MS + 1);
    const late = await exchange(code);
    expect(late.status).toBe(401);
    expect(JSON.parse(late.body).error.message).toContain('expired');
    const unknown = await exchange('f'.repeat(64));
    expect(unknown.status).toBe(401);
    expect(unknown.body).not.toContain(server.token);

    const fresh = new URL(server.openingLink()).hash.slice('#code='.length);
    clock.advance(OPENING_CODE_LIFETIME_MS - 1);
    expect((await exchange(fresh)).status).toBe(200);
  });

  it('keeps the Host and Origin checks on the exchange, and answers 400 to a body without a code', async () => {
    const { server, exchange, send } = await startTestServer();
    const code = new URL(server.openingLink()).hash.slice('#code='.length);
    expect((await exchange(code, { Origin: 'http://127.0.0.1:1' })).status).toBe(403);
    expect((await exchange(code, { Host: `evil.example:${server.port}` })).status).toBe(403);
    const bad = await send({ method: 'POST', path: '/session/exchange', headers: { 'Content-Type': 'application/json' }, body: '{"kode":1}' });
    expect(bad.status).toBe(400);
    expect((await send({ path: '/session/exchange' })).status).toBe(405);
    // Refused attempts did not use the code up.
    expect((await exchange(code)).status).toBe(200);
  });
});

describe('browser-mode server: Host and Origin', () => {
  it('answers 403 to a foreign Host, even with a valid token', async () => {
    const { server, send, auth } = await startTestServer();
    expect((await send({ headers: { Host: `evil.example:${server.port}`, ...auth } })).status).toBe(403);
    expect((await send({ headers: { Host: `127.0.0.1:${server.port + 1}`, ...auth } })).status).toBe(403);
    expect((await send({ headers: { Host: `localhost:${server.port}`, ...auth } })).status).toBe(200);
  });

  it('answers 403 to another Origin and serves our own', async () => {
    const { server, rpc, auth } = await startTestServer();
    expect((await rpc('library.info', {}, { ...auth, Origin: 'http://evil.example' })).status).toBe(403);
    expect((await rpc('library.info', {}, { ...auth, Origin: 'null' })).status).toBe(403);
    const own = await rpc('library.info', {}, { ...auth, Origin: `http://127.0.0.1:${server.port}` });
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body)).toMatchObject({ ok: true });
  });
});

describe('browser-mode server: RPC', () => {
  it('creates and lists a clipping through the core', async () => {
    const { rpc } = await startTestServer();
    const created = JSON.parse((await rpc('clippings.create', { text: 'Over HTTP' })).body);
    expect(created).toMatchObject({ ok: true, value: { clipping: { title: 'Over HTTP' }, duplicateOf: null } });
    const listed = JSON.parse((await rpc('clippings.list', {})).body);
    expect(listed).toMatchObject({ ok: true, value: { total: 1, items: [{ id: created.value.clipping.id }] } });
    const info = JSON.parse((await rpc('library.info', '')).body);
    expect(info).toMatchObject({ ok: true, value: { clippingCount: 1 } });
  });

  it('answers errors as JSON values', async () => {
    const { rpc } = await startTestServer();
    const unknown = await rpc('no.such', {});
    expect(unknown.status).toBe(200);
    expect(unknown.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const invalid = await rpc('clippings.create', {});
    expect(invalid.status).toBe(200);
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'text' } });
  });

  it('answers unknown_method, not a 500, for a method name with a malformed escape', async () => {
    const { rpc } = await startTestServer();
    const reply = await rpc('%E0%A4%A', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('answers 400 to a body that is not JSON, 415 to another content type, 405 to GET', async () => {
    const { rpc, send, auth } = await startTestServer();
    const notJson = await rpc('clippings.create', '{"text": ');
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await rpc('library.info', '{}', { ...auth, 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await send({ path: '/rpc/library.info', headers: auth })).status).toBe(405);
  });

  it('refuses a declared Content-Length over MAX_REQUEST_BYTES with 413, without reading it', async () => {
    const { server, auth } = await startTestServer();
    const headers = { ...auth, 'Content-Type': 'application/json', 'Content-Length': String(MAX_REQUEST_BYTES + 1) };
    const reply = await sendUnbounded(server.port, '/rpc/clippings.create', headers, (req) => req.flushHeaders());
    expect(reply.status).toBe(413);
    expect(reply.headers['content-security-policy']).toBe(contentSecurityPolicy());
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });

  it('refuses a streamed body that grows over MAX_REQUEST_BYTES with 413', async () => {
    const { server, auth } = await startTestServer();
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    let sent = 0;
    const headers = { ...auth, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' };
    const reply = await sendUnbounded(server.port, '/rpc/clippings.create', headers, (req, stopped) => {
      const pump = () => {
        // Well past the limit, in case the answer is slow; stop as soon as it comes.
        while (!stopped() && sent <= 2 * MAX_REQUEST_BYTES) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        if (!stopped()) req.end();
      };
      pump();
    });
    expect(reply.status).toBe(413);
    expect(reply.headers['content-security-policy']).toBe(contentSecurityPolicy());
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(sent).toBeGreaterThan(MAX_REQUEST_BYTES);
  });
});

describe('browser-mode server: files', () => {
  it('never serves a file outside the renderer folder', async () => {
    const { send, auth } = await startTestServer();
    const attempts = ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt'];
    for (const path of attempts) {
      const reply = await send({ path, headers: auth });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside');
    }
  });

  it('answers 404 for a missing file and 405 for a POST to a page', async () => {
    const { send, auth } = await startTestServer();
    expect((await send({ path: '/missing.js', headers: auth })).status).toBe(404);
    expect((await send({ method: 'POST', path: '/', headers: auth, body: 'x' })).status).toBe(405);
  });
});

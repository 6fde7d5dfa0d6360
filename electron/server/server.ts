// Browser mode: the built renderer and POST /rpc/:method on 127.0.0.1 only, behind a per-launch token
// that the page sends in a header (see guards.ts), and a one-time code exchange for `web`.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { failure, type ApiResult } from '../../shared/errors';
import { MAX_REQUEST_BYTES, requestTooLargeMessage } from '../../shared/limits';
import type { Dispatch } from '../core/dispatch';
import { resolveStaticFile } from '../core/static-files';
import { EXCHANGE_PATH, TOKEN_HEADER, judgeRequest } from './guards';
import { createOpeningCodes, refusalMessage } from './opening-codes';
import { SECURITY_HEADERS } from '../../shared/security';

export interface ServerOptions {
  dispatch: Dispatch;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** The clock opening codes expire by (tests pass a fake one). */
  now?: () => number;
  /** Where a warning for the person at the terminal goes (default: stderr). */
  warn?: (message: string) => void;
}

export interface RunningServer {
  /** The address to print: the token rides in the fragment, which a browser never sends to a server. */
  url: string;
  port: number;
  token: string;
  /** A new link with a one-time opening code instead of the token, for a browser's command line. */
  openingLink(): string;
  close(): Promise<void>;
}

class BodyTooLarge extends Error {}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = randomBytes(32).toString('hex');
  const openingCodes = createOpeningCodes(options.now ?? Date.now);
  const warn = options.warn ?? ((message: string) => process.stderr.write(`${message}\n`));
  let port = 0;
  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error('[notebook] request failed:', error);
      if (!response.headersSent) sendJson(response, 500, failure('internal', 'The server failed to answer this request.'));
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const verdict = judgeRequest(
      {
        host: request.headers.host,
        origin: request.headers.origin,
        tokenHeader: request.headers[TOKEN_HEADER],
        pathname: url.pathname,
      },
      port,
      token,
    );
    if (verdict.status !== 'ok') {
      request.resume();
      sendText(response, verdict.status, verdict.reason);
      return;
    }
    if (url.pathname === EXCHANGE_PATH) {
      await handleExchange(request, response);
      return;
    }
    if (url.pathname.startsWith('/rpc/')) {
      await handleRpc(request, response, safeDecode(url.pathname.slice('/rpc/'.length)));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      request.resume();
      sendText(response, 405, 'Only GET is allowed here.');
      return;
    }
    await serveFile(response, url.pathname, request.method === 'HEAD');
  }

  async function handleRpc(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    const input = await readJsonCall(request, response, 'RPC calls');
    if (input === NO_INPUT) return;
    sendJson(response, 200, await options.dispatch(method, input));
  }

  async function handleExchange(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const input = await readJsonCall(request, response, 'The opening-code exchange');
    if (input === NO_INPUT) return;
    const code = (input as { code?: unknown } | null)?.code;
    if (typeof code !== 'string') {
      sendJson(response, 400, failure('invalid_input', 'Send {"code": "…"} with the code from the opening link.', 'code'));
      return;
    }
    const redemption = openingCodes.redeem(code);
    if (redemption === 'ok') {
      sendJson(response, 200, { ok: true, value: { token } });
      return;
    }
    if (redemption === 'used') warn(`Warning: an opening link was used a second time. ${refusalMessage('used')}`);
    sendJson(response, 401, failure('invalid_input', refusalMessage(redemption), 'code'));
  }

  async function serveFile(response: ServerResponse, pathname: string, headOnly: boolean): Promise<void> {
    const file = resolveStaticFile(options.rendererDir, pathname);
    if (!file) {
      sendText(response, 404, 'Not found.');
      return;
    }
    let content: Buffer;
    try {
      content = await readFile(file.filePath);
    } catch {
      sendText(response, 404, 'Not found.');
      return;
    }
    response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Content-Length': content.length });
    response.end(headOnly ? undefined : content);
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    openingLink: () => `http://127.0.0.1:${port}/#code=${openingCodes.issue()}`,
    close: () =>
      new Promise((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeAllConnections();
      }),
  };
}

const NO_INPUT = Symbol('answered already');

/** A POSTed JSON body, or NO_INPUT after answering why there is none. */
async function readJsonCall(request: IncomingMessage, response: ServerResponse, what: string): Promise<unknown> {
  if (request.method !== 'POST') {
    request.resume();
    sendJson(response, 405, failure('invalid_input', `${what} must use POST.`));
    return NO_INPUT;
  }
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    request.resume();
    sendJson(response, 415, failure('invalid_input', `${what} must send Content-Type: application/json.`));
    return NO_INPUT;
  }
  let body: string;
  try {
    body = await readBody(request, MAX_REQUEST_BYTES);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    // The rest of the body is read and dropped, not cut off: hanging up on a client still
    // sending makes its writes fail before it can read this answer.
    sendJson(response, 413, failure('too_large', requestTooLargeMessage()));
    return NO_INPUT;
  }
  try {
    return body === '' ? {} : (JSON.parse(body) as unknown);
  } catch {
    sendJson(response, 400, failure('invalid_input', 'The request body is not valid JSON.'));
    return NO_INPUT;
  }
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > limit) {
    request.resume();
    return Promise.reject(new BodyTooLarge());
  }
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Refused bodies are drained so the client can read the answer, but not forever.
      if (refused) {
        if (size > DRAIN_LIMIT_FACTOR * limit) request.destroy();
        return;
      }
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!refused) resolvePromise(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}

/** How much of a refused body is read and dropped (in multiples of the limit) before hanging up. */
const DRAIN_LIMIT_FACTOR = 4;

function sendJson(response: ServerResponse, status: number, body: ApiResult<unknown>): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

/** A malformed %-escape names no method; dispatch answers unknown_method for it. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

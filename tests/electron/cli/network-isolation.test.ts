// "Nothing ever reaches the network", for the core through the command line: every importer on
// real pages and generated files, and every export format, run in child processes preloaded with
// a guard that records and refuses every socket, TLS connection, DNS lookup and HTTP request.
// The guard itself is tested first with planted calls, so this cannot pass vacuously.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '../../helpers/corpus';
import { runCli, type CliRun } from '../../helpers/cli-process';
import { makeDocx } from '../../helpers/docx-builder';
import { makePdf } from '../../helpers/pdf-writer';
import { makeTempDir } from '../../helpers/temp-library';

const GUARD = resolve(__dirname, '..', '..', 'helpers', 'network-guard-preload.mjs');
const readability = corpusPath('readability', 'test-pages');

interface Guarded {
  env: NodeJS.ProcessEnv;
  /** What the guard refused, one object per attempt, from every process and thread. */
  refused(): Array<{ what: string; target: string; stack: string }>;
  /** How many processes and threads the guard was loaded into. */
  loadedCount(): number;
}

function guarded(dir: string): Guarded {
  const log = join(dir, 'network-refused.jsonl');
  const loaded = join(dir, 'network-guard-loaded.jsonl');
  const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : []);
  return {
    env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${GUARD}`.trim(), NETWORK_GUARD_LOG: log, NETWORK_GUARD_LOADED: loaded },
    refused: () => lines(log).map((line) => JSON.parse(line)),
    loadedCount: () => lines(loaded).length,
  };
}

function runNode(script: string, env: NodeJS.ProcessEnv): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** Each attempt is caught on its own, so one refusal never hides the next. */
const PLANTED = `
import dns from 'node:dns';
import { lookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { Worker } from 'node:worker_threads';
import { spawnSync } from 'node:child_process';
const attempts = {
  fetch: () => fetch('http://example.invalid/'),
  httpGet: () => http.get('http://example.invalid/'),
  httpsRequest: () => https.request({ host: 'example.invalid', port: 443 }),
  netConnect: () => net.connect(80, '192.0.2.1'),
  createConnection: () => net.createConnection({ host: '192.0.2.1', port: 81 }),
  socketConnect: () => new net.Socket().connect(82, '192.0.2.1'),
  tlsConnect: () => tls.connect(443, 'example.invalid'),
  dnsLookup: () => dns.lookup('example.invalid', () => {}),
  namedLookup: () => lookup('named.example.invalid', () => {}),
  dnsResolve: () => dns.resolve4('example.invalid', () => {}),
  promisesResolve: () => dns.promises.resolveTxt('example.invalid'),
  resolver: () => new dns.Resolver().resolveMx('example.invalid', () => {}),
};
for (const attempt of Object.values(attempts)) {
  try { await attempt(); } catch {}
}
// A worker thread and a child process get the guard too.
await new Promise((done) => {
  const worker = new Worker("import('node:net').then((net) => { try { net.connect(83, '192.0.2.1'); } catch {} })", { eval: true });
  worker.on('exit', done);
});
spawnSync(process.execPath, ['-e', "try { require('node:net').connect(84, '192.0.2.1') } catch {}"], { stdio: 'inherit' });
// A local pipe is no network: allowed, and not written down.
const server = net.createServer((socket) => socket.end()).listen(process.argv.at(-1) ?? '');
`;

describe('the network guard', () => {
  it('records and refuses every planted socket, TLS, DNS and HTTP attempt, in workers and child processes too', async () => {
    const dir = makeTempDir('notebook-net');
    const guard = guarded(dir);
    const pipe = join(dir, 'local.sock');
    const script = PLANTED.replace("process.argv.at(-1) ?? ''", JSON.stringify(pipe)).concat(
      `await new Promise((done) => server.once('listening', done));
       await new Promise((done, fail) => net.connect(${JSON.stringify(pipe)}).once('connect', done).once('error', fail));
       server.close(); process.exit(0);`,
    );
    const run = await runNode(script, guard.env);
    expect(run.code, run.stderr).toBe(0);
    const refused = guard.refused();
    const targets = refused.map((entry) => `${entry.what} ${entry.target}`);
    for (const expected of [
      'fetch http://example.invalid/',
      'http.get http://example.invalid/',
      'https.request example.invalid',
      'net.connect 192.0.2.1:80',
      'net.createConnection 192.0.2.1:81',
      'net.Socket#connect 192.0.2.1:82',
      'tls.connect example.invalid:443',
      'dns.lookup example.invalid',
      'dns.lookup named.example.invalid',
      'dns.resolve4 example.invalid',
      'dns.promises.resolveTxt example.invalid',
      'dns.Resolver.resolveMx example.invalid',
    ]) {
      expect(targets).toContain(expected);
    }
    expect(targets.filter((target) => target.includes(':83'))).toHaveLength(1); // the worker
    expect(targets.filter((target) => target.includes(':84'))).toHaveLength(1); // the child process
    expect(targets.join('\n')).not.toContain('local.sock');
    expect(guard.loadedCount()).toBeGreaterThanOrEqual(3);
  });
});

describe.skipIf(!readability.exists)('nothing reaches the network: import and export through the command line', () => {
  it('imports every corpus page and every file type, and exports a note in every format, with no socket or lookup', async () => {
    const dir = makeTempDir('notebook-net');
    const library = join(dir, 'library.sqlite');
    const guard = guarded(dir);
    const pages = readdirSync(readability.path)
      .map((name) => join(readability.path, name, 'source.html'))
      .filter((path) => existsSync(path));
    expect(pages.length).toBeGreaterThan(100);
    const files = {
      pdf: join(dir, 'brief.pdf'),
      docx: join(dir, 'brief.docx'),
      txt: join(dir, 'brief.txt'),
      md: join(dir, 'brief.md'),
    };
    writeFileSync(files.pdf, makePdf([['Convoy report', '', 'Two trucks crossed the bridge at dawn.']], { title: 'Convoy report' }));
    writeFileSync(
      files.docx,
      makeDocx([{ heading: 1, text: 'Checkpoint log' }, { paragraph: ['See ', { link: 'http://example.invalid/log', text: 'the log' }, ' for times.'] }]),
    );
    writeFileSync(files.txt, 'Field note\n\nThe market reopened on Tuesday.\n');
    writeFileSync(files.md, '# Source list\n\n![map](http://example.invalid/map.png) and <img src="http://example.invalid/x.png">\n');

    const imported = await runCli(['import', ...Object.values(files), ...pages, '--library', library, '--json'], { env: guard.env });
    expect(imported.code, imported.stderr).toBe(0);
    const reports = JSON.parse(imported.stdout) as Array<{ path: string; ok: boolean; error: string | null }>;
    for (const path of Object.values(files))
      expect(
        reports.find((report) => report.path === path),
        path,
      ).toMatchObject({ ok: true });
    expect(reports.filter((report) => report.ok).length).toBeGreaterThan(100);
    expect(reports.map((report) => report.error ?? '').join('\n')).not.toContain('network guard');

    const note = join(dir, 'note.md');
    writeFileSync(note, '# Brief\n\nThe convoy [was seen](http://example.invalid/) twice. ![chart](http://example.invalid/chart.png)\n');
    const created = await runCli(['notes', 'import', note, '--library', library, '--json'], { env: guard.env });
    expect(created.code, created.stderr).toBe(0);
    const { id } = JSON.parse(created.stdout) as { id: string };
    for (const format of ['md', 'html', 'docx', 'pdf']) {
      const out = join(dir, `brief-export.${format}`);
      const exported = await runCli(['notes', 'export', id, '--format', format, '--out', out, '--library', library], { env: guard.env });
      expect(exported.code, `${format}: ${exported.stderr}`).toBe(0);
      expect(statSync(out).size, format).toBeGreaterThan(0);
    }

    expect(guard.refused()).toEqual([]);
    // tsx and the CLI in each of the 6 runs: the guard was there to refuse.
    expect(guard.loadedCount()).toBeGreaterThanOrEqual(6);
  }, 300_000);
});

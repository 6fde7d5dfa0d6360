// The real command line, run as a user runs it.
import { describe, expect, it, afterEach } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI_BUNDLE_ENV, cliEnv, PROJECT_ROOT, runCli, startServing, type ServingProcess } from '../../helpers/cli-process';
import { seedClippings } from '../../helpers/seed-library';
import { installFakeBrowser } from '../../helpers/fake-browser';
import { makeTempDir } from '../../helpers/temp-library';
import { ELECTRON_ABSENT_LINE } from '../../../electron/cli/electron-binary';

function workspace() {
  const dir = makeTempDir('notebook-cli');
  return { dir, library: join(dir, 'library.sqlite') };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const REPORT_KEYS = ['duplicateOf', 'error', 'id', 'nearDuplicateOf', 'ok', 'path', 'title'];
const LIST_KEYS = ['byline', 'credibility', 'id', 'lang', 'outlet', 'publishedAt', 'reliability', 'sha256', 'tags', 'title', 'url'];

const servers: ServingProcess[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

describe('cli import, list, show', () => {
  it('imports each path and reports one object per file, then lists and shows them', async () => {
    const { dir, library } = workspace();
    writeFileSync(join(dir, 'report.txt'), 'Border town falls\n\nThe town was taken on Monday.\n');
    writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, 'scan.xyz'), 'not a format we read');
    // A folder gives one object per file in it, sub-folders included, hidden files skipped.
    mkdirSync(join(dir, 'folder', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'folder', 'notes.md'), '# Field notes\n\nTwo convoys seen at dawn.\n');
    writeFileSync(join(dir, 'folder', 'deeper', 'copy.txt'), 'Border town falls\n\nThe town was taken on Monday.\n');
    writeFileSync(join(dir, 'folder', '.DS_Store'), 'junk');

    const paths = ['report.txt', 'photo.txt', 'missing.txt', 'scan.xyz', 'folder'].map((f) => join(dir, f));
    const run = await runCli(['import', ...paths, '--library', library, '--json']);
    expect(run.code).toBe(0);
    const reports = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(reports.map((r) => r.path)).toEqual([...paths.slice(0, 4), join(dir, 'folder', 'deeper', 'copy.txt'), join(dir, 'folder', 'notes.md')]);
    for (const report of reports) expect(Object.keys(report).sort()).toEqual(REPORT_KEYS);
    expect(reports.map((r) => r.ok)).toEqual([true, false, false, false, true, true]);
    expect(reports[0]).toMatchObject({ title: 'Border town falls', error: null, duplicateOf: null, nearDuplicateOf: null });
    expect(typeof reports[0]!.id).toBe('string');
    expect(reports[1]!.error).toMatch(/not a text file/);
    expect(reports[2]!.error).toMatch(/no such file/);
    expect(reports[3]!.error).toContain('.xyz');
    for (const failed of reports.slice(1, 4)) expect(failed).toMatchObject({ id: null, title: null });
    // The copy inside the folder is an exact duplicate: ok, not stored, pointing at the first.
    expect(reports[4]).toMatchObject({ ok: true, id: null, duplicateOf: reports[0]!.id, error: null });

    // Options may stand first; NOTEBOOK_LIBRARY picks the library when --library is absent.
    const list = await runCli(['--json', 'list'], { env: { NOTEBOOK_LIBRARY: library } });
    expect(list.code).toBe(0);
    const items = JSON.parse(list.stdout) as Array<Record<string, unknown>>;
    expect(items.map((i) => i.title).sort()).toEqual(['Border town falls', 'Field notes']);
    for (const item of items) expect(Object.keys(item).sort()).toEqual(LIST_KEYS);

    const show = await runCli(['show', '--library', library, reports[0]!.id as string, '--json']);
    expect(show.code).toBe(0);
    const clipping = JSON.parse(show.stdout);
    expect(Object.keys(clipping).sort()).toEqual([...LIST_KEYS, 'text'].sort());
    expect(clipping).toMatchObject({ id: reports[0]!.id, outlet: null, credibility: null, reliability: null, tags: [] });
    expect(clipping.text).toBe('Border town falls\n\nThe town was taken on Monday.');
    expect(clipping.sha256).toBe(sha256(readFileSync(join(dir, 'report.txt'))));

    const human = await runCli(['show', reports[0]!.id as string, '--library', library]);
    expect(human.stdout).toContain('The town was taken on Monday.');
  });

  it('runs through `npm run --silent cli`, printing only the JSON document on stdout', async () => {
    const { library } = workspace();
    const output = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn('npm', ['run', '--silent', 'cli', '--', 'list', '--json', '--library', library], {
        cwd: PROJECT_ROOT,
        env: cliEnv(),
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      let stdout = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout }));
    });
    expect(output.code).toBe(0);
    expect(JSON.parse(output.stdout)).toEqual([]);
  });

  it('ends quietly when the reader of its output stops early (`| head`)', async () => {
    const { library } = workspace();
    seedClippings(library, 2_000);
    const output = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [process.env[CLI_BUNDLE_ENV]!, 'list', '--json', '--library', library], {
        cwd: PROJECT_ROOT,
        env: cliEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stdout.once('data', () => child.stdout.destroy());
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(output.stderr).toBe('');
    expect(output.code).toBe(0);
  });

  it('exits 1 on usage errors, with the reason on stderr and nothing on stdout', async () => {
    const { library } = workspace();
    for (const args of [[], ['frobnicate'], ['import'], ['show'], ['list', '--bogus'], ['list', 'extra']]) {
      const run = await runCli([...args, '--library', library, '--json']);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/Usage:/);
    }
  });

  it('exits 1 for an unknown id', async () => {
    const { library } = workspace();
    const run = await runCli(['show', 'no-such-id', '--library', library, '--json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('There is no clipping with id no-such-id.');
  });

  it('exits 1 for an unusable library and leaves it unchanged', async () => {
    const { dir } = workspace();
    const notALibrary = join(dir, 'essay.txt');
    writeFileSync(notALibrary, 'This is an essay, not a database.\n'.repeat(20));
    const before = sha256(readFileSync(notALibrary));
    const run = await runCli(['list', '--library', notALibrary]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is not a notebook library');
    expect(sha256(readFileSync(notALibrary))).toBe(before);

    const insideAFile = join(notALibrary, 'library.sqlite');
    const unwritable = await runCli(['list', '--library', insideAFile]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toContain('cannot be written');
  });
});

describe('cli serve and start', () => {
  it('serve prints the address alone on one line and answers it', async () => {
    const { library } = workspace();
    const server = await startServing('serve', library);
    servers.push(server);
    expect(server.stdout().split('\n')).toContain(server.url);
    expect(server.url).toBe(`${server.origin}/#token=${server.token}`);
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const call = (headers: Record<string, string>) =>
      fetch(`${server.origin}/rpc/library.info`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });
    expect((await call({})).status).toBe(401);
    expect((await call({ 'X-Notebook-Token': server.token })).status).toBe(200);
  });

  it('web opens the browser on a one-time code: the token is never on its command line', async () => {
    const { dir, library } = workspace();
    const browser = installFakeBrowser(dir);
    const server = await startServing('web', library, browser.env);
    servers.push(server);
    const argv = await browser.argv();
    expect(argv).toHaveLength(1);
    expect(argv[0]).toMatch(new RegExp(`^--app=${server.origin.replace(/\./g, '\\.')}/#code=[0-9a-f]{64}$`));
    expect(argv.join(' ')).not.toContain(server.token);

    const code = argv[0]!.slice(argv[0]!.indexOf('#code=') + '#code='.length);
    const exchange = () =>
      fetch(`${server.origin}/session/exchange`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) });
    const first = await exchange();
    expect(await first.json()).toEqual({ ok: true, value: { token: server.token } });
    // Whoever reads the code in `ps` afterwards gets nothing.
    const second = await exchange();
    expect(second.status).toBe(401);
    expect(await second.text()).not.toContain(server.token);
  });

  it('start without Electron says so and serves browser mode', async () => {
    const { dir, library } = workspace();
    // An empty override folder: Electron is absent even where a developer has it installed.
    const server = await startServing('start', library, {
      ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'no-electron'),
      ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
    });
    servers.push(server);
    const lines = server.stdout().split('\n');
    expect(lines[0]).toBe(ELECTRON_ABSENT_LINE);
    expect(lines).toContain(server.url);
    expect((await fetch(server.url)).status).toBe(200);
  });
});

// serve, web: browser mode until Ctrl+C. `serve` never opens a browser; `web` tries to.
import { spawn, spawnSync } from 'node:child_process';
import type { Core } from '../../core/core';
import { startServer } from '../../server/server';
import { ensureAppBuilt } from '../app-build';
import { browserOpenCommand } from '../browser-opener';
import { RENDERER_OUT_DIR } from '../project-paths';
import { complain, line } from '../terminal-text';

export async function serveUntilStopped(core: Core, options: { port: number | undefined; openBrowser: boolean }): Promise<number> {
  await ensureAppBuilt();
  const server = await startServer({ dispatch: core.dispatch, rendererDir: RENDERER_OUT_DIR, port: options.port ?? 0 });
  // The address alone on its own line on stdout: scripts and tests read it.
  process.stdout.write(`${server.url}\n`);
  complain(line`Browser mode is serving ${core.libraryPath} on 127.0.0.1 only. Press Ctrl+C to stop.` + '\n');
  // Not server.url: a command line is visible to every local user (`ps`), so the browser gets a
  // link with a one-time code that the page trades for the token, and that is dead once used.
  if (options.openBrowser) openInBrowser(server.openingLink());
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  core.close();
  return 0;
}

function openInBrowser(url: string): void {
  const command = browserOpenCommand(url, process.platform, process.env, which);
  if (!command) {
    process.stderr.write('No browser window can be opened here: open the address above in a browser.\n');
    return;
  }
  const child = spawn(command.command, command.args, { detached: true, stdio: 'ignore' });
  child.on('error', () => complain(line`Could not start ${command.command}: open the address above in a browser.` + '\n'));
  child.unref();
}

function which(program: string): string | null {
  const result = spawnSync('which', [program], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() || null : null;
}

// The app in Chromium against browser mode, for e2e tests: one browser per test file, and per test
// its own temp library, its own server and its own browser context, all closed when it finishes.
// Every request the page makes is recorded, so a test can assert only the served origin was asked,
// and any request to another host or port is aborted and fails the test (see network-guard.ts).
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { InputOf, MethodName, ResultOf } from '../../shared/contract';
import type { ApiResult } from '../../shared/errors';
import { artifactPath } from './artifacts';
import { launchChromium } from './chromium';
import { createNetworkGuard } from './network-guard';
import { startServing, type ServingProcess } from './cli-process';
import { makeTempDir } from './temp-library';

export interface AppPage {
  page: Page;
  server: ServingProcess;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Calls the core through the page's own origin (as the app does), failing the test on an error. */
  rpc<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>>;
  /** Saves the page as NAME-light.png and NAME-dark.png (the system theme switched for the dark one). */
  screenshots(name: string): Promise<void>;
  expectOnlyServedOrigin(): void;
}

export function useAppHarness() {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const servers: ServingProcess[] = [];
  const network = createNetworkGuard();

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    await Promise.all(servers.splice(0).map((server) => server.stop()));
    network.expectNoForeignRequests();
  });

  return {
    /** Throws (once) when a page asked for anything but its own origin; the afterEach calls it too. */
    expectNoForeignRequests: () => network.expectNoForeignRequests(),

    /** A path for a new library file in a temp folder removed after the test. */
    newLibraryPath(): string {
      return join(makeTempDir('notebook-e2e'), 'library.sqlite');
    },

    async serve(libraryPath: string): Promise<ServingProcess> {
      const server = await startServing('serve', libraryPath);
      servers.push(server);
      return server;
    },

    /** A server started elsewhere (e.g. `web`), stopped after the test like the others. */
    adopt(server: ServingProcess): void {
      servers.push(server);
    },

    async stop(server: ServingProcess): Promise<void> {
      servers.splice(servers.indexOf(server), 1);
      await server.stop();
    },

    /** Serves the library (a new one by default) and opens the app on it. */
    async open(options: { libraryPath?: string; colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {}): Promise<AppPage> {
      const server = await this.serve(options.libraryPath ?? this.newLibraryPath());
      return this.openPage(server, options);
    },

    /** Opens the printed address, or `address` (e.g. a one-time opening link) when given. */
    async openPage(
      server: ServingProcess,
      options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number }; address?: string } = {},
    ): Promise<AppPage> {
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 1280, height: 800 },
        colorScheme: options.colorScheme ?? 'light',
        acceptDownloads: true,
      });
      contexts.push(context);
      await network.guard(context, server.origin);
      const page = await context.newPage();
      // E2E_CPU_THROTTLE=6 runs the page on a slow CPU: races a loaded CI machine hits show up here.
      if (process.env.E2E_CPU_THROTTLE) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.E2E_CPU_THROTTLE) });
      }
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(options.address ?? server.url);
      return {
        page,
        server,
        requests,
        rpc: async (method, input) => {
          const result = (await page.evaluate(
            async ([name, body, token]) => {
              const response = await fetch(`/rpc/${name}`, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', 'X-Notebook-Token': token },
                body: JSON.stringify(body),
              });
              return response.json();
            },
            [method, input, server.token] as const,
          )) as ApiResult<never>;
          if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
          return result.value;
        },
        screenshots: async (name) => {
          await page.emulateMedia({ colorScheme: 'light' });
          await page.screenshot({ path: artifactPath(`${name}-light.png`) });
          await page.emulateMedia({ colorScheme: 'dark' });
          await page.screenshot({ path: artifactPath(`${name}-dark.png`) });
          await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
        },
        expectOnlyServedOrigin: () => expectOnlyOrigin(requests, server.origin),
      };
    },
  };
}

/** Every request went to the served origin; data: and blob: URLs never leave the page. */
export function expectOnlyOrigin(requests: readonly string[], origin: string): void {
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))).toEqual([]);
}

/** A clipping's text with enough distinct words that two of them are never near-duplicates. */
export function distinctText(seed: number, words = 80): string {
  let state = Math.imul(seed + 1, 2654435761) >>> 0 || 1;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out.push(`w${(state % 1_000_000).toString(36)}`);
  }
  return out.join(' ');
}

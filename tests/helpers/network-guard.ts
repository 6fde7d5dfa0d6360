// "Nothing ever reaches the network", enforced in every e2e page: a request to any origin but the
// app's own (another host, or another port on 127.0.0.1) is recorded and aborted before it leaves
// Chromium, and the test fails at its end. Chromium's resolver also answers NOTFOUND for every
// name but the loopback ones (see chromium.ts), so a request that slipped past would go nowhere.
import type { BrowserContext, Page } from 'playwright-core';

/** data: and blob: URLs never leave the page; everything else must be the served origin. */
export function isOwnRequest(url: string, origin: string): boolean {
  if (/^(data|blob):/.test(url)) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

export function createNetworkGuard() {
  const foreign: string[] = [];

  function watchWebSockets(page: Page, origin: string): void {
    page.on('websocket', (socket) => {
      const url = socket.url().replace(/^ws/, 'http');
      if (!isOwnRequest(url, origin)) foreign.push(socket.url());
    });
  }

  return {
    async guard(context: BrowserContext, origin: string): Promise<void> {
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (isOwnRequest(url, origin)) return route.fallback();
        foreign.push(url);
        return route.abort('blockedbyclient');
      });
      context.on('page', (page) => watchWebSockets(page, origin));
    },

    /** Throws once for what was recorded, then starts afresh. */
    expectNoForeignRequests(): void {
      const seen = foreign.splice(0);
      if (seen.length > 0) {
        throw new Error(`The page asked for something outside its own origin (nothing may reach the network):\n  ${seen.join('\n  ')}`);
      }
    },
  };
}

// Browser mode's launch token in Chromium: it arrives in the address's fragment (or is traded for
// a one-time code by `web`), is sent as a header, never as a cookie, leaves the address bar and
// history at once, survives a reload in the same tab, and a page opened without it says how to get in.
import { describe, expect, it } from 'vitest';
import { artifactPath } from '../helpers/artifacts';
import { installFakeBrowser } from '../helpers/fake-browser';
import { startServing } from '../helpers/cli-process';
import { makeTempDir } from '../helpers/temp-library';
import { useAppHarness } from '../helpers/e2e-app';

const harness = useAppHarness();

describe('the launch token in browser mode', () => {
  it('is read from the fragment, dropped from the address and history, sent as a header and never as a cookie', async () => {
    const app = await harness.open();
    const { page, server } = app;
    await page.getByTestId('library-empty').waitFor();
    expect(page.url()).not.toContain(server.token);
    expect(await page.evaluate(() => window.location.href + String(window.history.length))).not.toContain('token');
    expect(await page.context().cookies()).toEqual([]);

    const calls = page.waitForRequest((request) => request.url().endsWith('/rpc/clippings.create'));
    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: 'New clipping' });
    await dialog.getByLabel('Text').fill('Token travels in a header\n\nNever in a cookie.');
    await dialog.getByRole('button', { name: 'Save clipping' }).click();
    const request = await calls;
    expect(await request.headerValue('x-notebook-token')).toBe(server.token);
    expect(await request.headerValue('cookie')).toBeNull();
    await page.getByTestId('clipping-row').filter({ hasText: 'Token travels in a header' }).waitFor();

    // A reload in the same tab keeps working: the token is in this tab's sessionStorage.
    await page.reload();
    await page.getByTestId('clipping-row').filter({ hasText: 'Token travels in a header' }).waitFor();
    expect(page.url()).not.toContain(server.token);
    app.expectOnlyServedOrigin();
  });

  it('shows how to get back in when a page is opened without the token, and calls nothing', async () => {
    const app = await harness.open();
    await app.page.getByTestId('library-empty').waitFor();
    const other = await app.page.context().newPage();
    const requests: string[] = [];
    other.on('request', (request) => requests.push(request.url()));
    await other.goto(`${app.server.origin}/`);
    const signedOut = other.getByTestId('signed-out');
    await signedOut.getByText('Open the notebook from its address').waitFor();
    await signedOut.getByText('npm start').waitFor();
    expect(requests.filter((url) => url.includes('/rpc/'))).toEqual([]);
    await other.screenshot({ path: artifactPath('signed-out.png') });
  });

  it('web: the one-time link opens the app once; used again it explains itself', async () => {
    const dir = makeTempDir('notebook-e2e');
    const browser = installFakeBrowser(dir);
    const server = await startServing('web', `${dir}/library.sqlite`, browser.env);
    harness.adopt(server);
    const [appArg] = await browser.argv();
    const link = appArg!.slice('--app='.length);
    expect(link).not.toContain(server.token);

    const app = await harness.openPage(server, { address: link });
    await app.page.getByTestId('library-empty').waitFor();
    expect(app.page.url()).not.toContain('code=');
    await app.rpc('library.info', {});

    const second = await app.page.context().newPage();
    await second.goto(link);
    await second.getByTestId('signed-out').getByText('already used').waitFor();
  });
});

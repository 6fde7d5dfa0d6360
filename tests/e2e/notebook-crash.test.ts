// Crash-safe autosave: type into a note, and once the editor says it is saved, stop the server
// process hard (SIGKILL: no shutdown, no flush); started again on the same library, the text is there.
import { describe, expect, it } from 'vitest';
import { useAppHarness } from '../helpers/e2e-app';

const harness = useAppHarness();

describe('Notebook autosave', () => {
  it('keeps what was typed when the server is killed right after the save', async () => {
    const libraryPath = harness.newLibraryPath();
    const first = await harness.serve(libraryPath);
    const app = await harness.openPage(first);
    const { page } = app;
    const note = await app.rpc('notes.create', { title: 'Field report' });
    await page.goto(`${first.origin}/#/notebook`);
    await page.getByTestId('note-row').filter({ hasText: 'Field report' }).click();
    const editor = page.getByTestId('note-editor');
    await editor.click();
    await page.keyboard.type('Checkpoint moved two kilometres north overnight.');
    const status = page.getByTestId('note-save-status');
    await status.getByText('Saved').waitFor();

    await first.stop('SIGKILL');
    expect(first.child.signalCode).toBe('SIGKILL');

    const second = await harness.serve(libraryPath);
    const again = await harness.openPage(second);
    const stored = await again.rpc('notes.get', { id: note.id });
    expect(JSON.stringify(stored.content)).toContain('Checkpoint moved two kilometres north overnight.');
    await again.page.goto(`${second.origin}/#/notebook`);
    await again.page.getByTestId('note-row').filter({ hasText: 'Field report' }).click();
    await again.page.getByTestId('note-editor').getByText('Checkpoint moved two kilometres north overnight.').waitFor();
    await again.screenshots('notebook-after-crash');
  });
});

// The Notes list beyond one page: a library with more notes than a page lists them all as the list
// pages on (scrolling near its end, or Load more), and the folder and tag filters offer the folders and
// tags of notes not loaded yet, since they come from the core rather than from the rows shown.
import { describe, expect, it } from 'vitest';
import { useAppHarness } from '../helpers/e2e-app';

const harness = useAppHarness();

/** Two pages and a bit (the list asks 100 notes a page). */
const PLAIN_NOTES = 220;
const ARCHIVED_NOTES = 10;

describe('Notes list paging', () => {
  it('lists every note of a library larger than a page, and filters by the folders and tags of notes beyond it', async () => {
    const app = await harness.open();
    const { page } = app;
    const number = (i: number) => String(i).padStart(3, '0');
    await Promise.all([
      ...Array.from({ length: PLAIN_NOTES }, (_, i) => app.rpc('notes.create', { title: `Note ${number(i)}` })),
      // Last by title: only these are filed and tagged.
      ...Array.from({ length: ARCHIVED_NOTES }, (_, i) =>
        app.rpc('notes.create', { title: `Zulu archive ${number(i)}`, folder: 'Archive/2013', tags: ['old-lead'] }),
      ),
    ]);
    const all = PLAIN_NOTES + ARCHIVED_NOTES;

    await page.getByTestId('library-empty').waitFor();
    await page.keyboard.press('6');
    const list = page.getByRole('navigation', { name: 'Notes' });
    const rows = page.getByTestId('note-row');
    await list.getByLabel('Sort notes').selectOption('title');
    await expect.poll(() => rows.count()).toBe(100);
    await list.getByText(`${all} notes`).waitFor();
    // The first page may still be the one sorted by the last edit: wait for the title order.
    await expect.poll(() => rows.last().textContent()).toContain('Note 099');

    // The filters already offer the archive's folder and tag, with their counts.
    await expect.poll(() => list.getByLabel('Folder').locator('option').allTextContents()).toEqual(['All folders', 'Archive/2013 (10)']);
    await expect.poll(() => list.getByLabel('Tag').locator('option').allTextContents()).toEqual(['All tags', 'old-lead (10)']);

    // Scrolling near the end brings the next page; Load more the rest.
    await list.getByRole('listbox', { name: 'Notes' }).evaluate((element) => (element.scrollTop = element.scrollHeight));
    await expect.poll(() => rows.count()).toBe(200);
    await app.screenshots('notebook-list-paged');
    await list.getByRole('button', { name: `Load ${all - 200} more notes` }).click();
    await expect.poll(() => rows.count()).toBe(all);
    await expect(rows.last().textContent()).resolves.toContain(`Zulu archive ${number(ARCHIVED_NOTES - 1)}`);
    await expect(list.getByRole('button', { name: /^Load / }).count()).resolves.toBe(0);

    // A folder of notes that were beyond the first page filters to them.
    await list.getByLabel('Folder').selectOption('Archive/2013');
    await expect.poll(() => rows.count()).toBe(ARCHIVED_NOTES);
    await list.getByText(`${ARCHIVED_NOTES} of ${all} notes`).waitFor();
    await list.getByLabel('Folder').selectOption('');
    await list.getByLabel('Tag').selectOption('old-lead');
    await expect.poll(() => rows.count()).toBe(ARCHIVED_NOTES);
  });
});

// Sorting by a column header and filtering by outlet, tag, grade and published date (partial
// dates), with the "no clippings match" empty state and Clear filters.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Credibility, Reliability } from '../../shared/grading';
import { distinctText, useAppHarness, type AppPage } from '../helpers/e2e-app';

const harness = useAppHarness();

const CLIPPINGS: Array<{ title: string; outlet: string; publishedAt: string; reliability: Reliability; credibility: Credibility; tags: string[] }> = [
  { title: 'Bridge closed at Raqqa', outlet: 'Reuters', publishedAt: '2014-07-02', reliability: 'B', credibility: 2, tags: ['infrastructure'] },
  { title: 'Airstrikes reported near Mosul', outlet: 'BBC News', publishedAt: '2014-08', reliability: 'A', credibility: 1, tags: ['airstrikes'] },
  { title: 'Curfew declared in Deir ez-Zor', outlet: 'IB Times', publishedAt: '2015', reliability: 'C', credibility: 3, tags: ['curfew', 'infrastructure'] },
  { title: 'Displaced families arrive in Kobani', outlet: 'Reuters', publishedAt: '2013-12-30', reliability: 'B', credibility: 3, tags: [] },
];

async function seed(app: AppPage): Promise<void> {
  for (const [index, c] of CLIPPINGS.entries()) {
    const { clipping } = await app.rpc('clippings.create', { text: `${c.title}\n\n${distinctText(300 + index)}` });
    const { title: _title, ...patch } = c;
    await app.rpc('clippings.update', { id: clipping!.id, patch });
  }
  await app.page.reload();
  await app.page.getByTestId('clipping-row').filter({ hasText: CLIPPINGS[0]!.title }).waitFor();
}

/** The titles in the list, top to bottom (every row is on screen: the list is short). */
async function titles(page: Page): Promise<string[]> {
  await page.locator('[data-testid="clipping-row"][aria-busy="true"]').first().waitFor({ state: 'detached' });
  return page.locator('[data-testid="clipping-row"]').evaluateAll((rows) =>
    rows
      .map((row) => ({ index: Number(row.getAttribute('aria-rowindex')), title: row.querySelector('.cell-title .cell-text')?.textContent ?? '' }))
      .sort((a, b) => a.index - b.index)
      .map((row) => row.title),
  );
}

async function expectTitles(page: Page, expected: string[]): Promise<void> {
  await expect.poll(() => titles(page)).toEqual(expected);
}

describe('filters and sort', () => {
  it('sorts by a column header, ascending then descending', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    await seed(app);
    const header = (name: string) => page.getByRole('columnheader', { name });

    await header('Title').getByRole('button').click();
    await expectTitles(page, [
      'Airstrikes reported near Mosul',
      'Bridge closed at Raqqa',
      'Curfew declared in Deir ez-Zor',
      'Displaced families arrive in Kobani',
    ]);
    await expect(header('Title').getAttribute('aria-sort')).resolves.toBe('ascending');
    await header('Title').getByRole('button').click();
    await expectTitles(page, [
      'Displaced families arrive in Kobani',
      'Curfew declared in Deir ez-Zor',
      'Bridge closed at Raqqa',
      'Airstrikes reported near Mosul',
    ]);
    await expect(header('Title').getAttribute('aria-sort')).resolves.toBe('descending');

    // Published: partial dates sort as dates, newest first on the first click.
    await header('Published').getByRole('button').click();
    await expectTitles(page, [
      'Curfew declared in Deir ez-Zor',
      'Airstrikes reported near Mosul',
      'Bridge closed at Raqqa',
      'Displaced families arrive in Kobani',
    ]);
    await header('Published').getByRole('button').click();
    await expectTitles(page, [
      'Displaced families arrive in Kobani',
      'Bridge closed at Raqqa',
      'Airstrikes reported near Mosul',
      'Curfew declared in Deir ez-Zor',
    ]);

    // Grade: best first (A1 before B2 before B3 before C3).
    await header('Grade').getByRole('button').click();
    await expectTitles(page, [
      'Airstrikes reported near Mosul',
      'Bridge closed at Raqqa',
      'Displaced families arrive in Kobani',
      'Curfew declared in Deir ez-Zor',
    ]);

    await header('Outlet').getByRole('button').click();
    // The rows re-sort when the answer arrives: wait for it, do not read the list once.
    await expect
      .poll(() => page.locator('[data-testid="clipping-row"] .cell-outlet').allTextContents())
      .toEqual(['BBC News', 'IB Times', 'Reuters', 'Reuters']);
    await app.screenshots('library-sorted');
    app.expectOnlyServedOrigin();
  });

  it('filters by outlet, tag, grade and published dates, and clears the filters from the empty state', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    await seed(app);
    await page.getByRole('columnheader', { name: 'Title' }).getByRole('button').click();
    const bar = page.getByRole('search', { name: 'Filter clippings' });

    await bar.getByLabel('Outlet').selectOption('Reuters');
    await expectTitles(page, ['Bridge closed at Raqqa', 'Displaced families arrive in Kobani']);
    await page.getByTestId('list-summary').getByText('2 of 4 clippings').waitFor();
    await bar.getByLabel('Tag').selectOption('infrastructure');
    await expectTitles(page, ['Bridge closed at Raqqa']);
    await bar.getByRole('button', { name: 'Clear filters' }).click();
    await expectTitles(page, CLIPPINGS.map((c) => c.title).sort());

    await bar.getByLabel('Reliability').selectOption('B');
    await expectTitles(page, ['Bridge closed at Raqqa', 'Displaced families arrive in Kobani']);
    await bar.getByLabel('Credibility').selectOption('3');
    await expectTitles(page, ['Displaced families arrive in Kobani']);
    await bar.getByRole('button', { name: 'Clear filters' }).click();

    // Published from/to take partial dates; a wrong one says how to write it and is not applied.
    await bar.getByLabel('Published from').fill('2014-13');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('“2014-13” is not a date. A date is written 2014, 2014-07 or 2014-07-02.').waitFor();
    await expectTitles(page, CLIPPINGS.map((c) => c.title).sort());
    await bar.getByLabel('Published from').fill('2014');
    await page.keyboard.press('Enter');
    await bar.getByLabel('Published to').fill('2014-07');
    await page.keyboard.press('Enter');
    await expectTitles(page, ['Bridge closed at Raqqa']);
    await app.screenshots('library-filtered');

    await bar.getByLabel('Outlet').selectOption('BBC News');
    const empty = page.getByTestId('library-no-matches');
    await empty.getByText('No clippings match these filters').waitFor();
    await app.screenshots('library-no-matches');
    await empty.getByRole('button', { name: 'Clear filters' }).click();
    await expectTitles(page, CLIPPINGS.map((c) => c.title).sort());
    await expect(bar.getByLabel('Published from').inputValue()).resolves.toBe('');
    app.expectOnlyServedOrigin();
  });
});

// Entity suggestions in the Reader: a side list by type and dotted underlines in the text; accept
// makes (or links) a card and links the mention, reject is remembered, accept all takes a type.
import { describe, expect, it } from 'vitest';
import { PLEDGE_ARTICLE } from '../helpers/articles';
import { useAppHarness } from '../helpers/e2e-app';
import { paintedRanges } from '../helpers/reader-selection';

const harness = useAppHarness();

describe('Suggestions in the Reader', () => {
  it('accepts a person, accepts all organisations (the alias defined in the text included), rejects a place for good', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const { clipping } = await app.rpc('clippings.create', { text: PLEDGE_ARTICLE });
    await page.goto(`${app.server.origin}/#/reader/${encodeURIComponent(clipping!.id)}`);
    await page.getByRole('tab', { name: /Suggestions/ }).click();
    const panel = page.getByTestId('suggestions-panel');
    await panel.waitFor();
    const rows = panel.getByTestId('suggestion');
    await expect(rows.count()).resolves.toBe(4);
    // Every occurrence is underlined in the text: Albu Kamal twice, and the others once each.
    await expect.poll(() => paintedRanges(page, 'suggestion')).toBe(6);
    await panel.getByText('as “Islamic State of Iraq and the Levant”').waitFor();
    await app.screenshots('reader-suggestions');

    // Accept one person: a new card, its mention linked by a passage.
    const person = panel.getByRole('region', { name: 'People' }).getByTestId('suggestion').filter({ hasText: 'Abu Bakr al-Baghdadi' });
    await person.getByRole('button', { name: 'Accept' }).click();
    await person.getByRole('button', { name: '✓ Linked' }).waitFor();

    // Accept all organisations: Islamic State, and ISIS with the alias the text defines.
    const organisations = panel.getByRole('region', { name: 'Organisations' });
    await organisations.getByRole('button', { name: 'Accept all 2' }).click();
    await expect.poll(() => organisations.getByRole('button', { name: '✓ Linked' }).count()).toBe(2);

    // Reject a place: gone now, and after a reload.
    const place = panel.getByRole('region', { name: 'Places' }).getByTestId('suggestion').filter({ hasText: 'Albu Kamal' });
    await place.getByRole('button', { name: 'Reject' }).click();
    await place.waitFor({ state: 'detached' });
    await expect.poll(() => paintedRanges(page, 'suggestion')).toBe(0);

    const cards = await app.rpc('entities.list', {});
    expect(cards.items.map((c) => [c.type, c.name, c.aliases]).sort()).toEqual([
      ['organization', 'ISIS', ['Islamic State of Iraq and the Levant']],
      ['organization', 'Islamic State', []],
      ['person', 'Abu Bakr al-Baghdadi', []],
    ]);
    const passages = await app.rpc('passages.list', { clippingId: clipping!.id });
    expect(passages.items.map((p) => [p.exact, p.entities.map((e) => e.name)]).sort()).toEqual([
      ['Abu Bakr al-Baghdadi', ['Abu Bakr al-Baghdadi']],
      ['ISIS', ['ISIS']],
      ['Islamic State of Iraq and the Levant', ['ISIS']],
      ['Islamic State', ['Islamic State']],
    ]);
    await page.getByRole('tab', { name: /Passages/ }).click();
    await expect.poll(() => page.getByTestId('passage-item').count()).toBe(4);
    await page.getByRole('tab', { name: /Suggestions/ }).click();
    await app.screenshots('reader-suggestions-accepted');

    await page.reload();
    await page.getByRole('tab', { name: /Suggestions/ }).click();
    await expect.poll(() => page.getByTestId('suggestion').count()).toBe(3);
    await expect(page.getByTestId('suggestion').filter({ hasText: 'Albu Kamal' }).count()).resolves.toBe(0);
    app.expectOnlyServedOrigin();
  });

  it('shows a name shared by two cards as ambiguous, and a click on an underline opens its suggestion', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    await app.rpc('entities.create', { type: 'organization', name: 'Islamic State', aliases: ['IS'] });
    await app.rpc('entities.create', { type: 'organization', name: 'Islamic State (Sinai)', aliases: ['Islamic State'] });
    const { clipping } = await app.rpc('clippings.create', { text: PLEDGE_ARTICLE });
    await page.goto(`${app.server.origin}/#/reader/${encodeURIComponent(clipping!.id)}`);
    await page.getByTestId('reader-text').waitFor();
    await expect.poll(() => paintedRanges(page, 'suggestion')).toBeGreaterThan(0);

    // A click on the underlined “Albu Kamal” opens the Suggestions tab at it.
    const box = await page.evaluate(() => {
      const range = CSS.highlights.get('suggestion')!.values().next().value as Range;
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
    });
    await page.mouse.click(box.x, box.y);
    const current = page.locator('[data-testid="suggestion"][aria-current="true"]');
    await current.getByText(box.text, { exact: true }).waitFor();

    const ambiguous = page.getByTestId('suggestion').filter({ hasText: 'Islamic State' }).getByTestId('suggestion-ambiguous');
    await ambiguous
      .first()
      .getByText(/Ambiguous: also a name of Islamic State/)
      .waitFor();
    await app.screenshots('reader-suggestion-ambiguous');
  });
});

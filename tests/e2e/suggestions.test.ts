// Entity suggestions in the Reader: a side list by type and dotted underlines in the text; accept
// makes (or links) a card and links the mention — underlined, counted on the card, never a passage —
// reject is remembered (and can be undone), accept all takes a type.
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

    // Accept one person: a new card, its mention linked (a mention, not a passage).
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
    const mentions = await app.rpc('entities.mentionsIn', { clippingId: clipping!.id });
    expect(mentions.map((m) => [m.exact, m.entity.name]).sort()).toEqual([
      ['Abu Bakr al-Baghdadi', 'Abu Bakr al-Baghdadi'],
      ['ISIS', 'ISIS'],
      ['Islamic State of Iraq and the Levant', 'ISIS'],
      ['Islamic State', 'Islamic State'],
    ]);
    await expect.poll(() => paintedRanges(page, 'mention')).toBe(4);
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

  it('shows an accepted name as an underlined mention: named, counted on its card, never among passages', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const { clipping } = await app.rpc('clippings.create', { text: PLEDGE_ARTICLE });
    const sentence = 'Local tribal leaders pledged allegiance to the group.';
    const start = PLEDGE_ARTICLE.indexOf(sentence);
    await app.rpc('passages.create', { clippingId: clipping!.id, start, end: start + sentence.length });
    await page.goto(`${app.server.origin}/#/reader/${encodeURIComponent(clipping!.id)}`);
    await page.getByRole('tab', { name: /Suggestions/ }).click();
    const person = page.getByTestId('suggestion').filter({ hasText: 'Abu Bakr al-Baghdadi' });
    await person.getByRole('button', { name: 'Accept' }).click();
    await person.getByRole('button', { name: '✓ Linked' }).waitFor();

    // Underlined in the text (its own layer, not a passage colour), and named for assistive technology.
    await expect.poll(() => paintedRanges(page, 'mention')).toBe(1);
    await expect(paintedRanges(page, 'passage-yellow')).resolves.toBe(1);
    await page
      .getByRole('list', { name: 'Mentions in this clipping' })
      .getByText('“Abu Bakr al-Baghdadi”: mention of Abu Bakr al-Baghdadi (person)')
      .waitFor({ state: 'attached' });
    await page.getByRole('tab', { name: /Passages/ }).click();
    await expect.poll(() => page.getByTestId('passage-item').count()).toBe(1);
    await app.screenshots('reader-mention-underlined');

    // The card counts it and lists the clipping as linked; the Passages place lists only the analyst's passage.
    await page.getByRole('tab', { name: /Suggestions/ }).click();
    await person.getByRole('button', { name: '✓ Linked' }).click();
    await page.getByTestId('entity-mention-count').getByText('1 mention linked in the text').waitFor();
    await page.getByRole('heading', { name: 'Mentioned in 1 clipping' }).waitFor();
    await page.getByTestId('entity-mentions').getByText('linked', { exact: true }).waitFor();
    await expect(page.getByTestId('entity-passages').count()).resolves.toBe(0);
    await app.screenshots('card-mention-count');
    await page.goto(`${app.server.origin}/#/passages`);
    await page.getByTestId('passage-row').getByText(sentence).waitFor();
    await expect(page.getByTestId('passage-row').count()).resolves.toBe(1);
  });

  it('undoes a rejection from the notice: the suggestion is offered again', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const { clipping } = await app.rpc('clippings.create', { text: PLEDGE_ARTICLE });
    await page.goto(`${app.server.origin}/#/reader/${encodeURIComponent(clipping!.id)}`);
    await page.getByRole('tab', { name: /Suggestions/ }).click();
    const place = page.getByTestId('suggestion').filter({ hasText: 'Albu Kamal' });
    await place.getByRole('button', { name: 'Reject' }).click();
    await place.waitFor({ state: 'detached' });
    await page.getByRole('status').getByText('Rejected “Albu Kamal” for this clipping.').waitFor();
    await app.screenshots('reader-suggestion-rejected-undo');
    await page.getByRole('button', { name: 'Undo' }).click();
    await place.getByRole('button', { name: 'Reject' }).waitFor();
    await expect.poll(() => paintedRanges(page, 'suggestion')).toBe(6);
    await expect(app.rpc('entities.suggest', { clippingId: clipping!.id })).resolves.toContainEqual(expect.objectContaining({ name: 'Albu Kamal' }));
  });
});

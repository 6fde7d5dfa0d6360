// Entities: find a card by a transliterated spelling, edit it in place, add relations (and see a
// loop refused), see a shared name flagged, merge with Undo, link unlinked mentions, delete a card.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoSeriousAxeFindings } from '../helpers/axe-audit';
import { distinctText, useAppHarness, type AppPage } from '../helpers/e2e-app';

const harness = useAppHarness();

/** Stores a clipping and marks `quote` (its first occurrence) as a passage; answers both ids. */
async function clippingWithPassage(app: AppPage, title: string, text: string, quote: string) {
  const { clipping } = await app.rpc('clippings.create', { title, text });
  const start = clipping!.text.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  const passage = await app.rpc('passages.create', { clippingId: clipping!.id, start, end: start + quote.length });
  return { clippingId: clipping!.id, passageId: passage.id };
}

async function openEntities(page: Page) {
  await page.reload();
  await page.getByRole('navigation', { name: 'Places' }).waitFor();
  await page.keyboard.press('4');
  await page.getByRole('listbox', { name: 'Cards' }).waitFor();
}

function card(page: Page) {
  return page.getByTestId('entity-card');
}

describe('Entities', () => {
  it('finds a card by a transliteration, edits it, adds relations, refuses a loop and flags a shared name', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();

    const zawahiri = await app.rpc('entities.create', { type: 'person', name: 'Ayman al-Zawahiri', aliases: ['Abu Muhammad'] });
    await app.rpc('entities.create', { type: 'person', name: 'Abu Muhammad al-Adnani', aliases: ['Abu Muhammad'] });
    const qaeda = await app.rpc('entities.create', { type: 'organization', name: 'al-Qaeda', aliases: ['The Base'] });
    const nusra = await app.rpc('entities.create', { type: 'organization', name: 'Jabhat al-Nusra', aliases: ['Nusra Front'] });
    await app.rpc('relations.create', { sourceId: nusra.id, targetId: qaeda.id, type: 'member_of' });
    // Evidence graded B2 gives the card its grade.
    const quote = 'Ayman al-Zawahiri';
    const evidence = await clippingWithPassage(app, 'Zawahiri message released', `A new message from ${quote} was released.\n\n${distinctText(1)}`, quote);
    await app.rpc('clippings.update', { id: evidence.clippingId, patch: { reliability: 'B', credibility: 2 } });
    await app.rpc('passages.link', { passageId: evidence.passageId, entityId: zawahiri.id });

    await openEntities(page);
    await page.getByRole('option', { name: /al-Qaeda/ }).waitFor();
    // A spelling the card does not carry finds it: the core folds transliterations.
    await page.getByLabel('Find a card').fill('ZAWAHRI');
    await page.getByText('1 card found').waitFor();
    const rows = page.getByTestId('entity-row');
    await expect(rows.first().textContent()).resolves.toContain('Ayman al-Zawahiri');
    await rows.first().click();
    await expect.poll(() => card(page).getByLabel('Name', { exact: true }).inputValue()).toBe('Ayman al-Zawahiri');
    await card(page).getByTestId('entity-grade').getByText('B2').waitFor();
    await card(page).getByTestId('entity-passages').getByText('Zawahiri message released').waitFor();

    // The shared alias is flagged, with a way to the other card.
    await card(page)
      .getByTestId('entity-ambiguity')
      .getByText(/“Abu Muhammad” is also a name of/)
      .waitFor();
    await card(page).getByTestId('entity-ambiguity').getByRole('button', { name: 'Abu Muhammad al-Adnani' }).waitFor();

    // Name, alias and attribute, each saved with a visible status.
    await card(page).getByLabel('Name', { exact: true }).fill('Ayman Muhammad al-Zawahiri');
    await page.keyboard.press('Enter');
    await card(page).getByTestId('entity-status').getByText('Saved').waitFor();
    await card(page).getByLabel('Aliases').fill('Aiman al-Zawahri');
    await page.keyboard.press('Enter');
    await card(page).getByRole('button', { name: 'Remove alias Aiman al-Zawahri' }).waitFor();
    await card(page).getByRole('button', { name: '+ Add attribute' }).click();
    await page.keyboard.type('nationality');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Egyptian');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await app.rpc('entities.get', { id: zawahiri.id })).attributes).toEqual([{ key: 'nationality', value: 'Egyptian' }]);
    const edited = await app.rpc('entities.get', { id: zawahiri.id });
    expect(edited.name).toBe('Ayman Muhammad al-Zawahiri');
    expect(edited.aliases).toEqual(expect.arrayContaining(['Abu Muhammad', 'Aiman al-Zawahri']));

    // A relation added through the form is listed as a sentence.
    await card(page).getByRole('button', { name: 'Add relation' }).click();
    const form = card(page).getByRole('form', { name: 'Add relation' });
    await form.getByLabel('Relation type').selectOption('leader_of');
    await form.getByRole('combobox', { name: 'Other card' }).fill('al Qaida');
    await form.getByRole('option', { name: /al-Qaeda/, selected: true }).waitFor();
    await page.keyboard.press('Enter');
    await form.getByText('al-Qaeda').waitFor();
    await form.getByLabel('Date').fill('2011-06');
    await form.getByRole('button', { name: 'Add relation' }).click();
    const relations = card(page).getByTestId('entity-relations');
    await relations.getByRole('listitem').filter({ hasText: 'leader of' }).filter({ hasText: 'al-Qaeda' }).filter({ hasText: '2011-06' }).waitFor();

    // The picker makes a card that does not exist yet; Enter typed before the results arrive waits for them.
    await card(page).getByRole('button', { name: 'Add relation' }).click();
    await form.getByLabel('New card type').selectOption('organization');
    await form.getByRole('combobox', { name: 'Other card' }).fill('Egyptian Islamic Jihad');
    await page.keyboard.press('Enter');
    await form.getByRole('button', { name: 'Choose another card than Egyptian Islamic Jihad' }).waitFor();
    await form.getByRole('button', { name: 'Add relation' }).click();
    await relations.getByRole('listitem').filter({ hasText: 'member of' }).filter({ hasText: 'Egyptian Islamic Jihad' }).waitFor();
    const [jihad] = await app.rpc('entities.find', { query: 'Egyptian Islamic Jihad', limit: 1 });
    expect(jihad).toMatchObject({ name: 'Egyptian Islamic Jihad', type: 'organization' });
    await app.screenshots('entities-card');

    // On al-Qaeda: both directions are listed, and a membership loop is refused with the core's reason.
    await relations.getByRole('button', { name: 'al-Qaeda', exact: true }).click();
    await expect.poll(() => card(page).getByLabel('Name', { exact: true }).inputValue()).toBe('al-Qaeda');
    const qaedaRelations = card(page).getByTestId('entity-relations');
    await qaedaRelations.getByText('Jabhat al-Nusra').waitFor();
    await expect(qaedaRelations.getByText('Egyptian Islamic Jihad').count()).resolves.toBe(0);
    await qaedaRelations.getByText('Ayman Muhammad al-Zawahiri').waitFor();
    await card(page).getByRole('button', { name: 'Add relation' }).click();
    await form.getByLabel('Relation type').selectOption('member_of');
    await form.getByRole('combobox', { name: 'Other card' }).fill('Nusra Front');
    await form.getByRole('option', { name: /Jabhat al-Nusra/, selected: true }).waitFor();
    await page.keyboard.press('Enter');
    await form.getByRole('button', { name: 'Add relation' }).click();
    await form
      .getByRole('alert')
      .getByText(/^Not added: /)
      .waitFor();
    expect(await qaedaRelations.getByRole('listitem').count()).toBe(2);
    await app.screenshots('entities-relation-refused');

    // Keyboard: "/" finds, ↓ enters the list, ↑/↓ open the neighbouring cards (sorted by name).
    await form.getByRole('button', { name: 'Cancel' }).click();
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Find a card');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.getByRole('navigation', { name: 'Entity cards' }).getByText('5 cards', { exact: true }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => card(page).getByLabel('Name', { exact: true }).inputValue()).toBe('Ayman Muhammad al-Zawahiri');
    await page.keyboard.press('Home');
    await expect.poll(() => card(page).getByLabel('Name', { exact: true }).inputValue()).toBe('Abu Muhammad al-Adnani');
    await expect(page.getByRole('option', { name: /Abu Muhammad al-Adnani/ }).getAttribute('aria-selected')).resolves.toBe('true');
    await expectNoSeriousAxeFindings(page, 'the Entities place');
    app.expectOnlyServedOrigin();
  });

  it('creates a card, merges another into it and undoes that, links unlinked mentions, and deletes a card', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    await page.keyboard.press('4');
    await page.getByTestId('entities-empty').waitFor();
    await page.getByRole('button', { name: 'New card' }).click();
    const dialog = page.getByTestId('new-card-dialog');
    await dialog.getByLabel('Name').fill('Jabhat al-Nusra');
    await dialog.getByLabel('Organisation').check();
    await dialog.getByRole('button', { name: 'Create card' }).click();
    await expect.poll(() => card(page).getByLabel('Name', { exact: true }).inputValue()).toBe('Jabhat al-Nusra');
    const survivorId = decodeURIComponent(new URL(page.url()).hash.replace('#/entities/', ''));
    await card(page).getByLabel('Aliases').fill('Nusra Front');
    await page.keyboard.press('Enter');
    await card(page).getByRole('button', { name: 'Remove alias Nusra Front' }).waitFor();

    const absorbed = await app.rpc('entities.create', { type: 'organization', name: 'al-Nusra', aliases: ['Jabhat Fateh al-Sham'] });
    const linked = await clippingWithPassage(app, 'Front renames itself', `Jabhat al-Nusra said it would cut ties.\n\n${distinctText(2)}`, 'Jabhat al-Nusra');
    await app.rpc('passages.link', { passageId: linked.passageId, entityId: survivorId });
    await app.rpc('clippings.create', { title: 'Fighting near Idlib', text: `Fighters of Jabhat al-Nusra advanced.\n\n${distinctText(3)}` });
    await app.rpc('clippings.create', { title: 'Talks stall', text: `The Nusra Front refused the terms.\n\n${distinctText(4)}` });
    await openEntities(page);
    await page.getByTestId('entity-row').filter({ hasText: 'Jabhat al-Nusra' }).click();

    // Merge…: the picker leaves this card out; the survivor gains the absorbed card's names.
    await card(page).getByRole('button', { name: 'Merge…' }).click();
    const merge = page.getByTestId('merge-dialog');
    await merge.getByRole('combobox', { name: 'Card to merge into this one' }).fill('al-Nusra');
    await merge.getByRole('option', { name: /^al-Nusra/, selected: true }).waitFor();
    await expect(merge.getByRole('option', { name: /^Jabhat al-Nusra/ }).count()).resolves.toBe(0);
    await app.screenshots('entities-merge-dialog');
    await page.keyboard.press('Enter');
    await merge.getByRole('button', { name: 'Merge “al-Nusra”' }).click();
    await page.getByRole('status').getByText('Merged “al-Nusra” into “Jabhat al-Nusra”.').waitFor();
    await card(page).getByRole('button', { name: 'Remove alias Jabhat Fateh al-Sham' }).waitFor();
    await card(page).getByRole('button', { name: 'Remove alias al-Nusra' }).waitFor();
    await expect.poll(() => page.getByTestId('entity-row').count()).toBe(1);
    await app.screenshots('entities-merged');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('“al-Nusra” is a card of its own again.').waitFor();
    await card(page).getByRole('button', { name: 'Remove alias Jabhat Fateh al-Sham' }).waitFor({ state: 'detached' });
    await page
      .getByTestId('entity-row')
      .filter({ hasText: /^al-Nusra/ })
      .waitFor();
    await expect((await app.rpc('entities.get', { id: absorbed.id })).aliases).toEqual(['Jabhat Fateh al-Sham']);

    // Link all: each clipping that names the card gets a mention (not a passage) linked to it.
    const unlinked = card(page).getByTestId('unlinked-mentions');
    await unlinked.getByText('Mentioned in 2 other clippings without a link.').waitFor();
    await unlinked.getByRole('button', { name: 'Link all' }).click();
    await unlinked.getByText('Linked 2 clippings (2 new mentions).').waitFor();
    const mentions = card(page).getByTestId('entity-mentions');
    await mentions.getByText('Fighting near Idlib').waitFor();
    await mentions.getByText('Talks stall').waitFor();
    await expect.poll(() => mentions.getByText('not linked').count()).toBe(0);
    await card(page).getByTestId('entity-mention-count').getByText('2 mentions linked in the text').waitFor();
    await app.screenshots('entities-linked-mentions');

    // A mentioning clipping opens in the Reader.
    await mentions.getByRole('button', { name: /Talks stall/ }).click();
    await page.waitForURL(/#\/reader\//);
    await page.goBack();

    // Delete card: confirmed in a dialog; the card leaves the list, its passages stay.
    await page
      .getByTestId('entity-row')
      .filter({ hasText: /^al-Nusra/ })
      .click();
    await expect.poll(() => card(page).getByLabel('Name', { exact: true }).inputValue()).toBe('al-Nusra');
    // An Other card carries its own kind, which the list shows as its type.
    await card(page).getByLabel('Card type').selectOption('other');
    await card(page).getByLabel('Kind').fill('front name');
    await page.keyboard.press('Enter');
    await page.getByTestId('entity-row').filter({ hasText: 'front name · Jabhat Fateh al-Sham' }).waitFor();
    await card(page).getByRole('button', { name: 'Delete card' }).click();
    const confirm = page.getByTestId('delete-card-dialog');
    await confirm.getByText('Delete “al-Nusra”?').waitFor();
    await app.screenshots('entities-delete');
    await confirm.getByRole('button', { name: 'Delete card' }).click();
    await page.getByText('Deleted the card “al-Nusra”.').waitFor();
    await page
      .getByTestId('entity-row')
      .filter({ hasText: /^al-Nusra/ })
      .waitFor({ state: 'detached' });
    await page.getByTestId('entity-none-open').waitFor();
    await expect(app.rpc('entities.find', { query: 'Jabhat Fateh al-Sham', limit: 5 })).resolves.toEqual([]);
    app.expectOnlyServedOrigin();
  });
});

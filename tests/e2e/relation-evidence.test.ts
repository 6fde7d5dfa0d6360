// A relation's evidence on the card: chosen from the passages linked to either card when adding it,
// changed when editing it (with its date), listed as quotes under the relation, each opening the Reader.
import { describe, expect, it } from 'vitest';
import { distinctText, useAppHarness, type AppPage } from '../helpers/e2e-app';
import { selectInArticle } from '../helpers/reader-selection';

const harness = useAppHarness();

/** A clipping with `quote` marked as a passage and linked to the card; answers both ids. */
async function linkedPassage(app: AppPage, entityId: string, title: string, quote: string, seed: number) {
  const { clipping } = await app.rpc('clippings.create', { title, text: `${quote}\n\n${distinctText(seed)}` });
  const passage = await app.rpc('passages.create', { clippingId: clipping!.id, start: 0, end: quote.length });
  await app.rpc('passages.link', { passageId: passage.id, entityId });
  return { clippingId: clipping!.id, passageId: passage.id };
}

describe('Relation evidence', () => {
  it('offers the passages of clippings naming both cards, a passage search, and a selection made in the Reader', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const baghdadi = await app.rpc('entities.create', { type: 'person', name: 'Abu Bakr al-Baghdadi' });
    const isis = await app.rpc('entities.create', { type: 'organization', name: 'Islamic State', aliases: ['ISIS'] });
    // Names both cards; its passage is linked to neither.
    const naming = 'Abu Bakr al-Baghdadi was named leader of ISIS in the audio statement.';
    const { clipping: bothNamed } = await app.rpc('clippings.create', { title: 'Leader named', text: `${naming}\n\n${distinctText(4)}` });
    const unlinked = await app.rpc('passages.create', { clippingId: bothNamed!.id, start: 0, end: naming.length });
    // Names neither: found by the passage search.
    const broadcast = 'The sermon was broadcast by the group’s own media office.';
    const { clipping: elsewhere } = await app.rpc('clippings.create', { title: 'Media office', text: `${broadcast}\n\n${distinctText(5)}` });
    const found = await app.rpc('passages.create', { clippingId: elsewhere!.id, start: 0, end: broadcast.length });
    // Names both, no passage yet: chosen to select in the Reader.
    const pledge = 'Fighters of ISIS pledged allegiance to Abu Bakr al-Baghdadi in Raqqa.';
    const { clipping: toSelect } = await app.rpc('clippings.create', { title: 'Pledge in Raqqa', text: `${pledge}\n\n${distinctText(6)}` });

    await page.goto(`${app.server.origin}/#/entities/${baghdadi.id}`);
    const card = page.getByTestId('entity-card');
    await card.getByRole('button', { name: 'Add relation' }).click();
    const add = card.getByRole('form', { name: 'Add relation' });
    await add.getByLabel('Relation type').selectOption('leader_of');
    await add.getByRole('combobox', { name: 'Other card' }).fill('ISIS');
    await add.getByRole('option', { name: /Islamic State/, selected: true }).waitFor();
    await page.keyboard.press('Enter');
    const choices = add.getByTestId('evidence-options');
    await choices.getByRole('checkbox', { name: /was named leader of ISIS/ }).check();

    // The passage search adds a passage from any clipping, chosen.
    await add.getByRole('searchbox', { name: 'Search passages' }).fill('broadcast');
    await add.getByRole('button', { name: /Add “.*broadcast/ }).click();
    await expect(choices.getByRole('checkbox', { name: /broadcast/ }).isChecked()).resolves.toBe(true);
    await app.screenshots('relation-evidence-options');

    // Select in the Reader: the clipping opens; a selection there comes back as chosen evidence.
    await add.getByLabel('Clipping naming both').selectOption({ label: 'Pledge in Raqqa' });
    await add.getByRole('button', { name: 'Select in the Reader…' }).click();
    await page.getByTestId('evidence-pick-banner').waitFor();
    await selectInArticle(page, 'pledged allegiance to Abu Bakr al-Baghdadi');
    const use = page.getByTestId('selection-toolbar').getByRole('button', { name: /Use as evidence/ });
    await use.waitFor();
    await app.screenshots('relation-evidence-select-in-reader');
    await use.click();
    const back = page.getByTestId('entity-card').getByRole('form', { name: 'Add relation' });
    await back.getByRole('checkbox', { name: /pledged allegiance to Abu Bakr/ }).waitFor();
    await expect(back.getByLabel('Relation type').inputValue()).resolves.toBe('leader_of');
    await expect(back.getByRole('checkbox', { name: /was named leader of ISIS/ }).isChecked()).resolves.toBe(true);
    await expect(back.getByRole('checkbox', { name: /pledged allegiance to Abu Bakr/ }).isChecked()).resolves.toBe(true);
    await back.getByRole('button', { name: 'Add relation' }).click();
    await back.waitFor({ state: 'detached' });

    const [relation] = (await app.rpc('entities.get', { id: baghdadi.id })).relations;
    const selected = (await app.rpc('passages.list', { clippingId: toSelect!.id })).items;
    expect(selected.map((p) => p.exact)).toEqual(['pledged allegiance to Abu Bakr al-Baghdadi']);
    expect(relation).toMatchObject({ type: 'leader_of', target: { id: isis.id } });
    expect(relation!.evidence.map((ref) => ref.id).sort()).toEqual([unlinked.id, found.id, selected[0]!.id].sort());
  });

  it('adds a relation with evidence from either card, edits its date and evidence, and opens a quote in the Reader', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();

    const baghdadi = await app.rpc('entities.create', { type: 'person', name: 'Abu Bakr al-Baghdadi' });
    const isis = await app.rpc('entities.create', { type: 'organization', name: 'Islamic State', aliases: ['ISIS'] });
    // Long enough to be clamped to two lines, in the checklist and under the relation.
    const ownQuote =
      'Abu Bakr al-Baghdadi appeared in the pulpit of the Great Mosque of al-Nuri in a black robe and turban, ' +
      'read a sermon that lasted for more than twenty minutes, called on Muslims everywhere to obey him, ' +
      'and asked the faithful to come to the lands the group held, in the first video of him ever released';
    const own = await linkedPassage(app, baghdadi.id, 'Sermon in Mosul', ownQuote, 1);
    const otherQuote = 'The Islamic State named its leader in an audio statement';
    const other = await linkedPassage(app, isis.id, 'Audio statement released', otherQuote, 2);
    await linkedPassage(app, isis.id, 'Raqqa under curfew', 'Islamic State patrols enforced a curfew in Raqqa', 3);

    await page.reload();
    await page.getByRole('navigation', { name: 'Places' }).waitFor();
    await page.keyboard.press('4');
    await page.getByTestId('entity-row').filter({ hasText: 'Abu Bakr al-Baghdadi' }).click();
    const card = page.getByTestId('entity-card');
    await expect.poll(() => card.getByLabel('Name', { exact: true }).inputValue()).toBe('Abu Bakr al-Baghdadi');

    // Add: this card's passage is offered at once, the other card's once it is chosen.
    await card.getByRole('button', { name: 'Add relation' }).click();
    const add = card.getByRole('form', { name: 'Add relation' });
    const addChoices = add.getByTestId('evidence-options');
    await addChoices.getByRole('checkbox', { name: /pulpit of the Great Mosque/ }).waitFor();
    await expect(addChoices.getByRole('checkbox').count()).resolves.toBe(1);
    await add.getByLabel('Relation type').selectOption('leader_of');
    await add.getByRole('combobox', { name: 'Other card' }).fill('ISIS');
    await add.getByRole('option', { name: /Islamic State/, selected: true }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => addChoices.getByRole('checkbox').count()).toBe(3);
    await add.getByText('Audio statement released').waitFor();
    await add.getByLabel('Date').fill('2014');
    await addChoices.getByRole('checkbox', { name: /named its leader/ }).check();
    await add.getByText('1 of 3').waitFor();
    await app.screenshots('relation-evidence-add');
    await add.getByRole('button', { name: 'Add relation' }).click();

    const relations = card.getByTestId('entity-relations');
    const row = relations.getByRole('listitem').filter({ hasText: 'leader of' });
    await row.getByRole('button', { name: /named its leader in an audio statement/ }).waitFor();
    await expect(row.getByRole('list', { name: 'Evidence' }).getByRole('button').count()).resolves.toBe(1);
    const [added] = (await app.rpc('entities.get', { id: baghdadi.id })).relations;
    expect(added).toMatchObject({ type: 'leader_of', date: '2014', evidence: [{ id: other.passageId }] });

    // Esc leaves the edit form with the keyboard back on Edit, and Enter opens it again.
    const editLabel = 'Edit relation: Abu Bakr al-Baghdadi leader of Islamic State';
    await card.getByRole('button', { name: editLabel }).click();
    const edit = card.getByRole('form', { name: 'Edit relation' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Relation type');
    await page.keyboard.press('Escape');
    await edit.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(editLabel);
    await page.keyboard.press('Enter');

    // Edit by keyboard: the type select has focus; Tab to the date, Tab to the first passage, Space ticks it.
    const editChoices = edit.getByTestId('evidence-options');
    await expect.poll(() => editChoices.getByRole('checkbox').count()).toBe(3);
    await expect(editChoices.getByRole('checkbox', { name: /named its leader/ }).isChecked()).resolves.toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Relation type');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2014-13');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(editChoices.getByRole('checkbox', { name: /pulpit of the Great Mosque/ }).isChecked()).resolves.toBe(true);
    await edit.getByRole('button', { name: 'Save relation' }).click();
    await edit.getByRole('alert').getByText('A date is written 2014, 2014-07 or 2014-07-02.').waitFor();
    await edit.getByLabel('Date').fill('2014-07-04');
    await app.screenshots('relation-evidence-edit');
    await edit.getByRole('button', { name: 'Save relation' }).click();

    await edit.waitFor({ state: 'detached' });
    await row
      .filter({ hasText: '2014-07-04' })
      .getByRole('button', { name: /pulpit of the Great Mosque/ })
      .waitFor();
    await expect(row.getByRole('list', { name: 'Evidence' }).getByRole('button').count()).resolves.toBe(2);
    const [edited] = (await app.rpc('entities.get', { id: baghdadi.id })).relations;
    expect(edited!.date).toBe('2014-07-04');
    expect(edited!.evidence.map((ref) => ref.id).sort()).toEqual([own.passageId, other.passageId].sort());
    await app.screenshots('relation-evidence');

    // A quote opens its passage in the Reader.
    await row.getByRole('button', { name: /named its leader in an audio statement/ }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/reader/${other.clippingId}/${other.passageId}`);
    app.expectOnlyServedOrigin();
  });
});

import { describe, expect, it } from 'vitest';
import { passageContext } from '../../../../../../renderer/src/features/notebook/plugins/citations/passageContext';

describe('passageContext', () => {
  it('shows the whole text around a quote when it is short', () => {
    expect(passageContext('The group has held the town since spring. Tribes pledged.', 'has held the town')).toEqual({
      before: 'The group ',
      quote: 'has held the town',
      after: ' since spring. Tribes pledged.',
    });
  });

  it('cuts a long text at whole words either side, marking what goes on', () => {
    const text = `${'alpha '.repeat(100)}QUOTE HERE${' omega'.repeat(100)}`;
    const context = passageContext(text, 'QUOTE HERE', 30)!;
    expect(context.before).toMatch(/^… (alpha )+$/);
    expect(context.after).toMatch(/^( omega)+ …$/);
    expect(context.before.length).toBeLessThanOrEqual(2 + 30);
    expect(context.after.length).toBeLessThanOrEqual(30 + 2);
  });

  it('folds line breaks into spaces, and says null when the quote is gone from the text', () => {
    expect(passageContext('Title\n\nFirst line.\nQuoted words.', 'Quoted words.')?.before).toBe('Title First line. ');
    expect(passageContext('Some other text', 'not there')).toBeNull();
    expect(passageContext('Some text', '')).toBeNull();
  });
});

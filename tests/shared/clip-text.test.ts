import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanClipText, isBoilerplateLine, isOutletLine, titleFromFirstLine } from '../../shared/clip-text';
import { corpusPath } from '../helpers/corpus';

const BODY = [
  'Rebels seize border crossing',
  'Fighters took the crossing at dawn, according to two local officials.',
  'The officials said that the fighting lasted for most of the day.',
];

describe('cleanClipText: the real seed clipping', () => {
  const seed = corpusPath('seed', 'albu-kamal-pledge.txt');

  it.skipIf(!seed.exists)('takes the first line as title, "IB Times" as outlet and drops the comment form', () => {
    const raw = readFileSync(seed.path, 'utf8');
    const cleaned = cleanClipText(raw);
    const firstLine = raw.split('\n')[0]!.trim();

    expect(cleaned.title).toBe(firstLine);
    expect(cleaned.outlet).toBe('IB Times');
    expect(cleaned.text.startsWith(firstLine)).toBe(true);
    expect(cleaned.text).not.toMatch(/IB Times|Leave a Reply|logged in/);
    // The body is intact: everything up to the outlet line, unchanged.
    expect(cleaned.text).toBe(raw.slice(0, raw.indexOf('\nIB Times')).trimEnd());
  });
});

describe('cleanClipText', () => {
  it('keeps the title line in the text', () => {
    const cleaned = cleanClipText(BODY.join('\n'));
    expect(cleaned).toEqual({ title: BODY[0], outlet: null, text: BODY.join('\n') });
  });

  it('gives an empty paste empty text and no title', () => {
    expect(cleanClipText('')).toEqual({ title: null, outlet: null, text: '' });
    expect(cleanClipText('  \n\n \r\n')).toEqual({ title: null, outlet: null, text: '' });
  });

  it('gives no title when the first line is a paragraph of 300 characters or more', () => {
    const line300 = 'x'.repeat(300);
    expect(cleanClipText(`${line300}\nmore`).title).toBeNull();
    expect(cleanClipText(`${line300.slice(1)}\nmore`).title).toBe(line300.slice(1));
  });

  it('drops sharing blocks and a WordPress comment form after the outlet', () => {
    const raw = [
      ...BODY,
      'Reuters',
      'Share this:',
      'Twitter',
      'Facebook',
      'Like this:',
      'Like Loading...',
      'Related',
      '',
      'Leave a Reply',
      'Cancel reply',
      'Your email address will not be published. Required fields are marked *',
      'Post Comment',
    ].join('\n');
    expect(cleanClipText(raw)).toEqual({ title: BODY[0], outlet: 'Reuters', text: BODY.join('\n') });
  });

  it('finds the outlet under the boilerplate and boilerplate under the outlet', () => {
    expect(cleanClipText([...BODY, 'Share on Facebook', 'Al Jazeera'].join('\n')).outlet).toBe('Al Jazeera');
    expect(cleanClipText([...BODY, 'Voice of America', 'Click to share on X (Opens in new window)'].join('\n'))).toEqual({
      title: BODY[0],
      outlet: 'Voice of America',
      text: BODY.join('\n'),
    });
  });

  it('gives the lines it keeps exactly as joining them would, whatever leads, trails or ends the lines', () => {
    // The text is a slice of the input, not the kept lines joined again (a large file is not copied twice).
    const pieces = ['', '  ', '\t', 'Title line', 'A paragraph of the article.', 'Share', 'IB Times', 'Leave a reply', '2 comments', ' trailing ', '\u00a0'];
    let seed = 7;
    const pick = () => pieces[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length]!;
    for (let round = 0; round < 300; round++) {
      const lines = Array.from({ length: 1 + (round % 9) }, pick);
      const ending = round % 3 === 0 ? '\r\n' : '\n';
      const raw = (round % 5 === 0 ? '\ufeff' : '') + lines.join(ending);
      const cleaned = cleanClipText(raw);
      const all = raw
        .replace(/^\ufeff/u, '')
        .replace(/\r\n?/gu, '\n')
        .split('\n');
      const first = all.findIndex((line) => line.trim() !== '');
      if (first === -1) continue;
      // What was kept is a run of lines from the first non-blank one; its text is those lines joined.
      const joined = Array.from({ length: all.length - first }, (_, n) =>
        all
          .slice(first, first + n + 1)
          .join('\n')
          .replace(/\s+$/u, ''),
      );
      expect(joined).toContain(cleaned.text);
      expect(cleaned.text).toBe(cleaned.text.replace(/\s+$/u, ''));
    }
  });

  it('normalises Windows line endings and a byte order mark', () => {
    expect(cleanClipText(`\ufeff${BODY.join('\r\n')}\r\nIB Times\r\n`)).toEqual({ title: BODY[0], outlet: 'IB Times', text: BODY.join('\n') });
  });

  it('never removes an ordinary last paragraph', () => {
    const raw = [...BODY, 'The ministry did not respond to a request for comment.'].join('\n');
    expect(cleanClipText(raw).text).toBe(raw);
  });

  it('leaves boilerplate-like lines inside the article alone', () => {
    const raw = [BODY[0], 'Related', BODY[1], 'Share this', BODY[2]].join('\n');
    expect(cleanClipText(raw).text).toBe(raw);
  });

  it('takes no outlet from a text too short to have one (title and outlet would be the same lines)', () => {
    expect(cleanClipText('Border Crossing\nIB Times')).toEqual({ title: 'Border Crossing', outlet: null, text: 'Border Crossing\nIB Times' });
  });

  it('takes one outlet only, keeping a second short line that comes above it', () => {
    const raw = [...BODY, 'Damascus Bureau', 'IB Times'].join('\n');
    expect(cleanClipText(raw)).toEqual({ title: BODY[0], outlet: 'IB Times', text: [...BODY, 'Damascus Bureau'].join('\n') });
  });

  it('strips a Markdown heading marker from the title only', () => {
    expect(cleanClipText('# Border crossing\n\nBody text.', { markdown: true })).toEqual({
      title: 'Border crossing',
      outlet: null,
      text: '# Border crossing\n\nBody text.',
    });
  });

  it('drops leading blank lines and trailing white space', () => {
    expect(cleanClipText('\n\n  Title here\nBody.  \n\n').text).toBe('  Title here\nBody.');
  });
});

describe('titleFromFirstLine', () => {
  it('trims, and returns null for an empty line', () => {
    expect(titleFromFirstLine('  A title  ')).toBe('A title');
    expect(titleFromFirstLine('   ')).toBeNull();
  });
});

describe('isOutletLine', () => {
  it.each(['IB Times', 'BBC News', 'The New York Times', 'Le Monde', 'Al-Monitor', 'Channel 4 News', 'AFP', 'Reuters', 'Voice of America'])(
    'accepts %s',
    (line) => expect(isOutletLine(line)).toBe(true),
  );

  it.each([
    'The fighting continued.',
    'By Jane Smith',
    'July 2, 2014',
    '2 July 2014',
    'Photo: Reuters',
    'he said',
    'A very long line that is certainly not the name of any news outlet',
    'One Two Three Four Five Six',
    '“Quoted Words”',
    '1234',
  ])('refuses %s', (line) => expect(isOutletLine(line)).toBe(false));
});

describe('isBoilerplateLine', () => {
  it.each([
    'Leave a Reply',
    'Leave a comment',
    'You must be logged in to post a comment.',
    'Share this',
    'Share this:',
    'Share on Facebook',
    'Click to share on Twitter (Opens in new window)',
    'Related',
    'Like this:',
    'Like Loading...',
    '12 Comments',
  ])('matches %s', (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each(['Share this article with colleagues who follow the region.', 'Related to the attack, two men were arrested.', 'He declined to comment.', ''])(
    'does not match %s',
    (line) => expect(isBoilerplateLine(line)).toBe(false),
  );
});

import { describe, expect, test } from 'vitest';
import { buildDocument } from '../../../../electron/core/export/build-document';
import { gatherFacts } from '../../../../electron/core/export/library-facts';
import { writeMarkdown } from '../../../../electron/core/export/markdown-writer';
import { FIXTURE_LIBRARY, FIXTURE_NOTE } from './fixture-library';
import { HANDOVER_TITLE, MENTION_SENTENCE, PLAIN_FOOTNOTE, QUOTED_FOOTNOTE, handoverDocument } from './handover-note';
import { heading, list, listItem, noteContent, paragraph, text } from './lexical-nodes';

async function fixtureMarkdown(): Promise<string> {
  return writeMarkdown(buildDocument(FIXTURE_NOTE, await gatherFacts(FIXTURE_LIBRARY, FIXTURE_NOTE.content)));
}

const NO_FACTS = { citations: new Map(), clippings: new Map(), entities: new Map(), events: new Map() };

describe('Markdown export', () => {
  test('writes the fixture note exactly: footnotes in order of first citation, Sources once per clipping, current names', async () => {
    expect(await fixtureMarkdown()).toBe(`# Mosul: June 2014 / briefing

## Summary

On 10 June **militants** led by Abu Bakr al-Baghdadi took Mosul.[^1] Reports *agree* on the date.[^1]

The army left Tikrit[^2] and <u>nobody</u> ~~held~~ the \`road_1\`.[^3]

The governor fled before the attack \\[needs evidence\\].

Named in Arabic as أبو بكر البغدادي; also seen: Zaïd Ḥusayn.\\
See the [full report](https://example.org/report?id=1&x=2).

الدولة الإسلامية في العراق والشام

### Timeline

1. Mosul falls
2. Tikrit falls
   - within a day

- Follow-ups

* [x] Confirm the date
* [ ] Find a second source

> We will not leave.

| Place | Date |
| --- | --- |
| Mosul | 2014-06-10 |
| Tikrit | 2014-06-11 |

---

End of brief.

## Sources

1. Mosul falls to militants — The Daily Record, 2014-06-10. <https://news.example.com/mosul_falls>. SHA-256 a1b2c3d4e5f6. Grade B2.
2. Army retreats from Tikrit — Al-Waqa’i, 2014-06-11. SHA-256 ffeeddccbbaa. Ungraded.
3. An old wire report — Wire, 2014-06. Grade C3. No longer in the library; as it was when cited.

[^1]: “Militants seized control of Mosul on Tuesday.” — Mosul falls to militants, The Daily Record, 2014-06-10. Grade B2. SHA-256 a1b2c3d4e5f6.
[^2]: “Soldiers abandoned their posts in Tikrit.” — Army retreats from Tikrit, Al-Waqa’i, 2014-06-11. Ungraded. SHA-256 ffeeddccbbaa.
[^3]: “A report no longer in the library.” — An old wire report, Wire, 2014-06. Grade C3. Passage deleted; cited as it was.
`);
  });

  test('escapes what would be Markdown syntax, and keeps emphasis delimiters next to the words', () => {
    const content = noteContent(paragraph(text('# not a heading *nor* [a link](x) <b>'), text(' bold ', 'bold')), paragraph(text('1. not a list')));
    const markdown = writeMarkdown(buildDocument({ title: 'T', updatedAt: '2024-01-01T00:00:00.000Z', content }, NO_FACTS));
    expect(markdown).toBe('# T\n\n\\# not a heading \\*nor\\* \\[a link\\](x) \\<b\\> **bold** \n\n1\\. not a list\n');
  });

  test('a note that starts with its title as a heading is not given the title twice; unknown nodes keep their text', () => {
    const content = noteContent(
      heading('h1', text('Brief')),
      { type: 'future-widget', version: 7, children: [paragraph(text('kept text'))] } as never,
      list('bullet', [listItem([{ type: 'fancy-inline', version: 1, text: 'inline text' } as never])]),
    );
    expect(writeMarkdown(buildDocument({ title: 'Brief', updatedAt: '2024-01-01T00:00:00.000Z', content }, NO_FACTS))).toBe(
      '# Brief\n\nkept text\n\n- inline text\n',
    );
  });

  test('a brief to hand over: one top-level heading, no space before a comma after a mention, footnotes that say quote, source, grade and SHA-256 without doubled quotation marks', () => {
    expect(writeMarkdown(handoverDocument())).toBe(`# ${HANDOVER_TITLE}

## Findings

${MENTION_SENTENCE}[^1]

## Assessment

### Caveats

He was quoted directly[^2].

## Sources

1. Statement from the front — Front Press, 2014-06-29. SHA-256 0123456789ab. Grade A1.

[^1]: ${PLAIN_FOOTNOTE}
[^2]: ${QUOTED_FOOTNOTE}
`);
  });

  test('a note whose first heading is its title, at any level, keeps it as the one top-level heading', () => {
    const content = noteContent(heading('h2', text('Brief')), heading('h1', text('Part one')), paragraph(text('Body.')), heading('h1', text('Part two')));
    expect(writeMarkdown(buildDocument({ title: 'Brief', updatedAt: '2024-01-01T00:00:00.000Z', content }, NO_FACTS))).toBe(
      '# Brief\n\n## Part one\n\nBody.\n\n## Part two\n',
    );
  });
});

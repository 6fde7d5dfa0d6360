// The real files each importer's fuzz starts from: corpus pages and texts for txt, md and html;
// PDFs and Word documents made (with the test helpers) from corpus abstracts. Without the corpus,
// the text importers have no seeds (and are skipped); PDF and Word seeds fall back to made-up text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleText, articleWords } from '../../helpers/articles';
import { CORPUS_DIR } from '../../helpers/corpus';
import { makeDocx } from '../../helpers/docx-builder';
import { makePdf } from '../../helpers/pdf-writer';
import { existsSync } from 'node:fs';

export type FuzzedImporter = 'txt' | 'md' | 'html' | 'pdf' | 'docx';
export const FUZZED_IMPORTERS: FuzzedImporter[] = ['txt', 'md', 'html', 'pdf', 'docx'];

export interface SeedFile {
  name: string;
  bytes: Buffer;
}

const corpus = (...parts: string[]) => join(CORPUS_DIR, ...parts);
const HTML_PAGES = ['001', 'lemonde-1', 'aclu', 'wapo-1', 'bbc-1'];

/** Abstracts of the Cranfield collection: [title, text] pairs. */
function abstracts(count: number): Array<[string, string]> {
  const path = corpus('ir', 'cranfield', 'cran.all.1400');
  if (!existsSync(path)) {
    return Array.from({ length: count }, (_, i) => [`Report ${i + 1}`, articleText(articleWords(70 + i, 250))]);
  }
  const documents = readFileSync(path, 'utf8')
    .split(/^\.I \d+$/m)
    .slice(1, count + 1);
  return documents.map((document) => {
    const field = (name: string) => (new RegExp(`^\\.${name}\\n([\\s\\S]*?)(?=^\\.[A-Z]$|(?![\\s\\S]))`, 'm').exec(document)?.[1] ?? '').trim();
    return [field('T').replace(/\s+/g, ' '), field('W').replace(/\s+/g, ' ')];
  });
}

function wrap(text: string, width = 80): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function textSeeds(): SeedFile[] {
  const files = [corpus('seed', 'albu-kamal-pledge.txt'), corpus('timeml', 'timebank', 'ABC19980108.1830.0711.tml')];
  const seeds = files.filter(existsSync).map((path, i) => ({ name: `seed-${i}.txt`, bytes: readFileSync(path) }));
  const cranfield = corpus('ir', 'cranfield', 'cran.all.1400');
  if (existsSync(cranfield)) seeds.push({ name: 'cranfield.txt', bytes: readFileSync(cranfield).subarray(0, 6000) });
  return seeds;
}

function markdownSeeds(): SeedFile[] {
  const readme = corpus('README.md');
  return existsSync(readme) ? [{ name: 'corpus-readme.md', bytes: readFileSync(readme) }] : [];
}

function htmlSeeds(): SeedFile[] {
  return HTML_PAGES.map((page) => corpus('readability', 'test-pages', page, 'source.html'))
    .filter(existsSync)
    .map((path, i) => ({ name: `page-${i}.html`, bytes: readFileSync(path) }));
}

function pdfSeeds(): SeedFile[] {
  const docs = abstracts(4);
  return [
    { name: 'one-page.pdf', bytes: makePdf([[docs[0]![0], '', ...wrap(docs[0]![1])]], { title: docs[0]![0] }) },
    {
      name: 'three-pages.pdf',
      bytes: makePdf(
        docs.slice(1).map(([title, text]) => [title, '', ...wrap(text)]),
        { title: 'Abstracts' },
      ),
    },
  ];
}

function docxSeeds(): SeedFile[] {
  const docs = abstracts(6);
  const blocks = (from: number, to: number) =>
    docs
      .slice(from, to)
      .flatMap(([title, text]) => [
        { heading: 1 as const, text: title },
        { paragraph: [text.slice(0, 200), { link: 'https://example.org/report', text: 'the report' }, text.slice(200)] },
      ]);
  return [
    { name: 'short.docx', bytes: makeDocx(blocks(0, 2), { title: 'Short' }) },
    { name: 'longer.docx', bytes: makeDocx(blocks(2, 6), { title: 'Longer', creator: 'Fault suite' }) },
  ];
}

export function seedFiles(importer: FuzzedImporter): SeedFile[] {
  switch (importer) {
    case 'txt':
      return textSeeds();
    case 'md':
      return markdownSeeds();
    case 'html':
      return htmlSeeds();
    case 'pdf':
      return pdfSeeds();
    case 'docx':
      return docxSeeds();
  }
}

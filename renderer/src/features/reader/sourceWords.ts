// Where a clipping came from, in words for the details panel ("Pasted", "Imported from page.html"),
// and which importer read it, for the record (the panel shows that on hover).
import type { Clipping } from '../../../../shared/domain';

const IMPORTER_WORDS: Record<string, string> = {
  paste: 'the plain-text paste reader',
  'paste-html': 'the web page reader (pasted HTML)',
  'text-file': 'the text file reader',
  'html-file': 'the web page reader',
  pdf: 'the PDF reader',
  docx: 'the Word document reader',
};

export function sourceWords(clipping: Pick<Clipping, 'sourceName' | 'importer' | 'importerVersion'>): { origin: string; reader: string } {
  const reader = `Read by ${IMPORTER_WORDS[clipping.importer] ?? `the ${clipping.importer} reader`}, version ${clipping.importerVersion}.`;
  return { origin: originWords(clipping.sourceName, clipping.importer), reader };
}

function originWords(sourceName: string | null, importer: string): string {
  if (sourceName !== null) {
    // A file from a folder import may carry its path inside the folder ("reports/a.html").
    const slash = sourceName.lastIndexOf('/');
    if (slash > 0) return `Imported from folder ${sourceName.slice(0, slash)}: ${sourceName.slice(slash + 1)}`;
    return `Imported from ${sourceName}`;
  }
  if (importer === 'paste-html') return 'Pasted from a web page';
  if (importer === 'paste') return 'Pasted';
  return 'Created in the notebook';
}

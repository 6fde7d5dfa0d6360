// The text of a PDF as pdf.js extracts it (the legacy build, as the project's PDF importer loads it).
export async function pdfText(bytes: Uint8Array): Promise<{ text: string; title: unknown; creationDate: unknown; pages: number }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const lines: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    lines.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  const info = (await pdf.getMetadata()).info as { Title?: unknown; CreationDate?: unknown };
  const pages = pdf.numPages;
  await pdf.destroy();
  return { text: lines.join('\n'), title: info.Title, creationDate: info.CreationDate, pages };
}

/** Whitespace removed: pdf.js splits and joins words of mixed-direction lines its own way. */
export function squeeze(text: string): string {
  return text.replace(/\s+/gu, '');
}

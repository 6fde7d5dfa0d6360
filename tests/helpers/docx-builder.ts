// Minimal .docx files for importer tests: headings, paragraphs and hyperlinks in WordprocessingML,
// zipped with the parts Word and mammoth expect.
import { makeZip, type ZipFileSpec } from './zip-writer';

export type DocxBlock = { heading: 1 | 2; text: string } | { paragraph: Array<string | { link: string; text: string }> };

export interface DocxOptions {
  title?: string;
  creator?: string;
}

export function makeDocx(blocks: DocxBlock[], options: DocxOptions = {}): Buffer {
  const links: string[] = [];
  const body = blocks
    .map((block) => {
      if ('heading' in block) return `<w:p><w:pPr><w:pStyle w:val="Heading${block.heading}"/></w:pPr>${run(block.text)}</w:p>`;
      const parts = block.paragraph.map((part) => {
        if (typeof part === 'string') return run(part);
        links.push(part.link);
        return `<w:hyperlink r:id="rLink${links.length}">${run(part.text)}</w:hyperlink>`;
      });
      return `<w:p>${parts.join('')}</w:p>`;
    })
    .join('');
  const files: ZipFileSpec[] = [
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: PACKAGE_RELS },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`,
    },
    { name: 'word/_rels/document.xml.rels', data: documentRels(links) },
    { name: 'word/styles.xml', data: STYLES },
  ];
  if (options.title !== undefined || options.creator !== undefined) {
    files.push({ name: 'docProps/core.xml', data: coreXml(options) });
  }
  return makeZip(files);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function run(text: string): string {
  return `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`;

function documentRels(links: string[]): string {
  const relationships = links
    .map((link, index) => `<Relationship Id="rLink${index + 1}" Type="${R}/hyperlink" Target="${escapeXml(link)}" TargetMode="External"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rStyles" Type="${R}/styles" Target="styles.xml"/>${relationships}</Relationships>`;
}

function coreXml(options: DocxOptions): string {
  const title = options.title === undefined ? '' : `<dc:title>${escapeXml(options.title)}</dc:title>`;
  const creator = options.creator === undefined ? '' : `<dc:creator>${escapeXml(options.creator)}</dc:creator>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">${title}${creator}</cp:coreProperties>`;
}

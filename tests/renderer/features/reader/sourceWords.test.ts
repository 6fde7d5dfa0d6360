import { describe, expect, it } from 'vitest';
import { sourceWords } from '../../../../renderer/src/features/reader/sourceWords';

describe('sourceWords', () => {
  it('says in words where a clipping came from', () => {
    expect(sourceWords({ sourceName: null, importer: 'paste', importerVersion: '2' })).toEqual({
      origin: 'Pasted',
      reader: 'Read by the plain-text paste reader, version 2.',
    });
    expect(sourceWords({ sourceName: null, importer: 'paste-html', importerVersion: '1' }).origin).toBe('Pasted from a web page');
    expect(sourceWords({ sourceName: 'page.html', importer: 'html-file', importerVersion: '1' })).toEqual({
      origin: 'Imported from page.html',
      reader: 'Read by the web page reader, version 1.',
    });
    expect(sourceWords({ sourceName: 'reports/2014/a.pdf', importer: 'pdf', importerVersion: '3' }).origin).toBe('Imported from folder reports/2014: a.pdf');
    expect(sourceWords({ sourceName: null, importer: 'sample', importerVersion: '1' })).toEqual({
      origin: 'Created in the notebook',
      reader: 'Read by the sample reader, version 1.',
    });
  });
});

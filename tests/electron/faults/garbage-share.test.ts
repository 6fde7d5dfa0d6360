// The fuzz calls a clipping garbage when most of its visible characters are control characters or
// U+FFFD: the measure must tell such text from real text in any script.
import { describe, expect, it } from 'vitest';
import { garbageShare } from '../../faults/children/importer-protocol';

describe('garbageShare', () => {
  it('is 0 for real text in any script, whitespace aside', () => {
    expect(garbageShare('The port closed.\n\nالميناء أغلق\t港口关闭')).toBe(0);
  });

  it('is 1 for text of control characters, as a PDF with unreadable fonts gives', () => {
    expect(garbageShare('\u0000\u0001\u0002 \u0003\u0004\n\u0005')).toBe(1);
  });

  it('counts U+FFFD and C1 controls, and calls an empty text all garbage', () => {
    expect(garbageShare('ab\ufffd\u0085')).toBe(0.5);
    expect(garbageShare(' \n ')).toBe(1);
  });
});

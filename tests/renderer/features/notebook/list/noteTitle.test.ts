import { describe, expect, it } from 'vitest';
import { displayTitle } from '../../../../../renderer/src/features/notebook/list/noteTitle';

describe('displayTitle', () => {
  it('names an untitled note', () => {
    expect(displayTitle('  ')).toBe('Untitled');
    expect(displayTitle('Brief')).toBe('Brief');
  });
});

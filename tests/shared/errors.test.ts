import { describe, expect, it } from 'vitest';
import { ERROR_CODES, NotebookError, failure } from '../../shared/errors';

describe('errors', () => {
  it('has the codes the doors rely on', () => {
    expect(ERROR_CODES).toEqual(expect.arrayContaining(['invalid_input', 'not_found', 'conflict', 'unknown_method', 'internal', 'too_large']));
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });

  it('NotebookError is an Error carrying a code and an optional field', () => {
    const error = new NotebookError('not_found', 'No such clipping.', 'id');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('NotebookError');
    expect(error.toApiError()).toEqual({ code: 'not_found', message: 'No such clipping.', field: 'id' });
  });

  it('leaves field out entirely when there is none (plain JSON, no undefined keys)', () => {
    const apiError = new NotebookError('internal', 'Broken.').toApiError();
    expect(apiError).toEqual({ code: 'internal', message: 'Broken.' });
    expect(Object.keys(apiError)).not.toContain('field');
  });

  it('failure() builds the same shape', () => {
    expect(failure('conflict', 'Taken.', 'name')).toEqual({ ok: false, error: { code: 'conflict', message: 'Taken.', field: 'name' } });
    expect(Object.keys(failure('conflict', 'Taken.').error)).toEqual(['code', 'message']);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createDispatch, type Handlers } from '../../../electron/core/dispatch';
import { MAX_TITLE_CHARS } from '../../../shared/limits';
import { NotebookError } from '../../../shared/errors';
import { errorOf, valueOf } from '../../helpers/temp-library';
import { METHOD_NAMES } from '../../../shared/contract';

function unused(): never {
  throw new Error('this handler is not part of the test');
}

function dispatchWith(overrides: Partial<Handlers> = {}) {
  const logError = vi.fn();
  const handlers = {
    ...(Object.fromEntries(METHOD_NAMES.map((name) => [name, unused])) as unknown as Handlers),
    ...overrides,
  };
  return { dispatch: createDispatch(handlers, logError), logError };
}

describe('dispatch: methods', () => {
  it('answers unknown_method for a name not in the contract, listing the known ones', async () => {
    const { dispatch } = dispatchWith();
    const error = errorOf(await dispatch('clippings.delete', {}));
    expect(error.code).toBe('unknown_method');
    expect(error.message).toContain('clippings.delete');
    expect(error.message).toContain('clippings.create');
  });

  it.each(['toString', '__proto__', 'constructor', ''])('does not mistake %j for a method', async (name) => {
    const { dispatch } = dispatchWith();
    expect(errorOf(await dispatch(name, {})).code).toBe('unknown_method');
  });

  it('refuses a method that is not a string', async () => {
    const { dispatch } = dispatchWith();
    expect(errorOf(await dispatch(42 as unknown as string, {})).code).toBe('unknown_method');
  });
});

describe('dispatch: input validation', () => {
  it.each([
    ['missing content', 'clippings.importFile', { fileName: 'a.txt' }, 'contentBase64'],
    ['text of the wrong type', 'clippings.create', { text: 42 }, 'text'],
    ['an extra key', 'clippings.create', { text: 'hi', colour: 'red' }, 'colour'],
    ['a title over the limit', 'clippings.create', { text: 'hi', title: 'x'.repeat(MAX_TITLE_CHARS + 1) }, 'title'],
    ['a blank id', 'clippings.get', { id: '   ' }, 'id'],
    ['a page limit of 0', 'clippings.list', { limit: 0 }, 'limit'],
    ['a fractional offset', 'clippings.list', { offset: 1.5 }, 'offset'],
    ['a blank file name', 'clippings.importFile', { fileName: ' ', contentBase64: '' }, 'fileName'],
  ])('answers invalid_input naming the field for %s', async (_case, method, input, field) => {
    const { dispatch } = dispatchWith();
    const error = errorOf(await dispatch(method, input));
    expect(error).toMatchObject({ code: 'invalid_input', field });
    expect(error.message.startsWith(`${field}: `)).toBe(true);
  });

  it.each([null, 'text', 42, []])('answers invalid_input for a non-object input %j', async (input) => {
    const { dispatch } = dispatchWith();
    expect(errorOf(await dispatch('clippings.get', input)).code).toBe('invalid_input');
  });

  it('gives the handler the parsed input, with defaults filled in', async () => {
    const list = vi.fn(() => ({ items: [], total: 0, offset: 0, limit: 100 }));
    const { dispatch } = dispatchWith({ 'clippings.list': list });
    valueOf(await dispatch('clippings.list', undefined));
    expect(list).toHaveBeenCalledWith({ offset: 0, limit: 100, sort: 'captured', direction: 'desc', trash: false, filter: {} });
  });
});

describe('dispatch: handler failures become values', () => {
  it('passes a NotebookError through with its code and field', async () => {
    const { dispatch, logError } = dispatchWith({
      'clippings.get': () => {
        throw new NotebookError('not_found', 'There is no clipping with id x.', 'id');
      },
    });
    expect(errorOf(await dispatch('clippings.get', { id: 'x' }))).toEqual({
      code: 'not_found',
      message: 'There is no clipping with id x.',
      field: 'id',
    });
    expect(logError).not.toHaveBeenCalled();
  });

  it('turns a plain Error into internal, logs it, and never throws', async () => {
    const boom = new Error('disk on fire');
    const { dispatch, logError } = dispatchWith({
      'library.info': () => {
        throw boom;
      },
    });
    const error = errorOf(await dispatch('library.info', {}));
    expect(error.code).toBe('internal');
    expect(error.message).toContain('disk on fire');
    expect(logError).toHaveBeenCalledWith('library.info', boom);
  });

  it('turns a rejected promise and a thrown non-Error into internal', async () => {
    const { dispatch } = dispatchWith({
      'library.info': () => Promise.reject(new Error('async failure')),
      'clippings.list': () => {
        throw 'a string';
      },
    });
    expect(errorOf(await dispatch('library.info', {}))).toMatchObject({ code: 'internal' });
    expect(errorOf(await dispatch('clippings.list', {}))).toMatchObject({ code: 'internal', message: expect.stringContaining('a string') });
  });

  it('explains a damaged library and a full disk in words', async () => {
    const sqliteError = (code: string) => Object.assign(new Error(code.toLowerCase()), { code });
    const { dispatch } = dispatchWith({
      'library.info': () => {
        throw sqliteError('SQLITE_CORRUPT');
      },
      'clippings.list': () => {
        throw sqliteError('SQLITE_FULL');
      },
    });
    expect(errorOf(await dispatch('library.info', {})).message).toMatch(/damaged/);
    expect(errorOf(await dispatch('clippings.list', {})).message).toMatch(/disk is full/);
  });

  it.each([
    ['SQLITE_BUSY', /kept the library busy.*Try again/],
    ['SQLITE_BUSY_SNAPSHOT', /kept the library busy.*Try again/],
    ['SQLITE_LOCKED', /kept the library busy.*Try again/],
    ['SQLITE_FULL', /disk is full.*Free some space/],
    ['SQLITE_IOERR_WRITE', /disk reported an error.*drive is still connected/],
    ['SQLITE_READONLY_DBMOVED', /can no longer be written.*make them writable/],
  ])('says what %s means and what to do, never that the library is damaged', async (code, wording) => {
    const { dispatch } = dispatchWith({
      'library.info': () => {
        throw Object.assign(new Error(code.toLowerCase()), { code });
      },
    });
    const error = errorOf(await dispatch('library.info', {}));
    expect(error.code).toBe('internal');
    expect(error.message).toMatch(wording);
    expect(error.message).not.toMatch(/damaged|restore/);
  });

  it('calls a corrupt index (SQLITE_CORRUPT_VTAB) damaged too', async () => {
    const { dispatch } = dispatchWith({
      'library.info': () => {
        throw Object.assign(new Error('vtab'), { code: 'SQLITE_CORRUPT_VTAB' });
      },
    });
    expect(errorOf(await dispatch('library.info', {})).message).toMatch(/damaged.*backup/);
  });
});

import { describe, expect, expectTypeOf, it } from 'vitest';
import { METHOD_NAMES, contract, isMethodName, type InputOf, type ResultOf } from '../../shared/contract';
import { createClient } from '../../shared/client';
import type { Clipping, LibraryInfo } from '../../shared/domain';

describe('contract', () => {
  it('gives every method a zod input schema', () => {
    expect(METHOD_NAMES.length).toBeGreaterThan(0);
    for (const name of METHOD_NAMES) {
      const schema = contract[name].input;
      expect(typeof schema.safeParse, name).toBe('function');
      expect(name, 'methods are named domain.verb').toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/);
    }
    expect(METHOD_NAMES).toEqual(Object.keys(contract));
  });

  it('isMethodName knows the methods and nothing inherited', () => {
    for (const name of METHOD_NAMES) expect(isMethodName(name)).toBe(true);
    for (const name of ['', 'clippings', 'clippings.Create', 'toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(isMethodName(name), name).toBe(false);
    }
  });

  it('fills page defaults and refuses unknown keys', () => {
    expect(contract['clippings.list'].input.parse({})).toEqual({
      offset: 0,
      limit: 100,
      sort: 'captured',
      direction: 'desc',
      trash: false,
      filter: {},
    });
    expect(contract['clippings.list'].input.safeParse({ filter: { publishedFrom: '2014-13' } }).success).toBe(false);
    expect(contract['clippings.list'].input.safeParse({ filter: { credibility: 7 } }).success).toBe(false);
    expect(contract['clippings.update'].input.safeParse({ id: 'a', patch: { reliability: 'G' } }).success).toBe(false);
    expect(contract['clippings.list'].input.safeParse({ limit: 501 }).success).toBe(false);
    expect(contract['clippings.get'].input.safeParse({ id: 'a', extra: 1 }).success).toBe(false);
    expect(contract['library.info'].input.safeParse({}).success).toBe(true);
  });

  it('types the client from the contract: a typo in a method name does not compile', async () => {
    const calls: string[] = [];
    const client = createClient(async (method) => {
      calls.push(method);
      return { ok: true, value: null };
    });
    // @ts-expect-error: 'clipings.list' is not a method
    await client.call('clipings.list', {});
    // @ts-expect-error: an id is a string
    await client.call('clippings.get', { id: 42 });
    await client.call('clippings.list', {});
    expect(calls).toEqual(['clipings.list', 'clippings.get', 'clippings.list']);

    expectTypeOf<ResultOf<'clippings.get'>>().toEqualTypeOf<Clipping>();
    expectTypeOf<ResultOf<'library.info'>>().toEqualTypeOf<LibraryInfo>();
    expectTypeOf<InputOf<'clippings.get'>>().toEqualTypeOf<{ id: string }>();
  });
});

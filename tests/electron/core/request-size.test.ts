import { describe, expect, it } from 'vitest';
import { requestSizeError } from '../../../electron/core/request-size';
import { MAX_REQUEST_BYTES, requestTooLargeMessage } from '../../../shared/limits';

describe('requestSizeError', () => {
  it('lets ordinary input through', () => {
    expect(requestSizeError({ text: 'hello' })).toBeNull();
    expect(requestSizeError(undefined)).toBeNull();
    expect(requestSizeError(null)).toBeNull();
  });

  it('leaves input that is not JSON to the contract', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(requestSizeError(circular)).toBeNull();
    expect(requestSizeError({ big: 1n })).toBeNull();
  });

  it('counts UTF-8 bytes: just under the limit passes, just over is refused naming the limit', () => {
    // JSON of a string is its characters plus two quotes; "é" is two bytes in UTF-8.
    const under = 'é'.repeat((MAX_REQUEST_BYTES - 2) / 2);
    expect(under.length).toBeLessThan(MAX_REQUEST_BYTES);
    expect(requestSizeError(under)).toBeNull();
    const message = requestSizeError(`${under}a`);
    expect(message).toBe(requestTooLargeMessage());
    expect(message).toMatch(/MAX_REQUEST_BYTES/);
  });
});

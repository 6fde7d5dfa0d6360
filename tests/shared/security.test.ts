import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_DIRECTIVES, contentSecurityPolicy } from '../../shared/security';

function parse(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    expect(directives.has(name!), `${name} appears twice`).toBe(false);
    directives.set(name!, values);
  }
  return directives;
}

describe('contentSecurityPolicy', () => {
  const directives = parse(contentSecurityPolicy());

  it('starts from nothing allowed', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });

  it('allows scripts only from the app itself', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });

  it('has no unsafe-inline, unsafe-eval or other unsafe keyword anywhere', () => {
    expect(contentSecurityPolicy()).not.toMatch(/unsafe/);
  });

  it('names no remote origin: only self, none, data: and blob:', () => {
    const allowed = new Set(["'self'", "'none'", 'data:', 'blob:']);
    for (const [name, values] of directives) {
      for (const value of values) expect(allowed.has(value), `${name} ${value}`).toBe(true);
    }
    expect(contentSecurityPolicy()).not.toMatch(/https?:|wss?:|\*|\/\//);
  });

  it('forbids plugins, framing, base and form targets', () => {
    for (const name of ['object-src', 'frame-src', 'frame-ancestors', 'base-uri', 'form-action']) {
      expect(directives.get(name), name).toEqual(["'none'"]);
    }
  });

  it('is built from the directive list, one per entry', () => {
    expect(directives.size).toBe(CONTENT_SECURITY_POLICY_DIRECTIVES.length);
  });
});

import { describe, expect, it } from 'vitest';
import { APP_START_URL } from '../../../electron/main/app-origin';
import { isAllowedAppUrl, isTrustedSender } from '../../../electron/main/navigation';

describe('isAllowedAppUrl', () => {
  it.each([APP_START_URL, 'app://notebook/', 'app://notebook', 'app://notebook/reader/42?x=1#p3'])('allows %s', (url) => {
    expect(isAllowedAppUrl(url)).toBe(true);
  });

  it.each([
    'http://notebook/',
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://notebook/1234',
    'about:blank',
    'app://other/',
    'app://notebook.evil.example/',
    'app://notebook:8080/',
    'app://user@notebook/',
    'app://:secret@notebook/',
    'app:notebook',
    'not a url',
    '',
  ])('refuses %j', (url) => {
    expect(isAllowedAppUrl(url)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts the main frame of our own page', () => {
    expect(isTrustedSender({ url: APP_START_URL, isMainFrame: true })).toBe(true);
  });

  it('refuses an iframe, another origin, or no frame', () => {
    expect(isTrustedSender({ url: APP_START_URL, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'app://other/index.html', isMainFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

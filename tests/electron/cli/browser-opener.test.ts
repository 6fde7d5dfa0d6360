import { describe, expect, it } from 'vitest';
import { browserOpenCommand } from '../../../electron/cli/browser-opener';

const url = 'http://127.0.0.1:5000/#code=abc';

describe('browserOpenCommand', () => {
  it('prefers Chromium as an app window on Linux', () => {
    const which = (name: string) => (name === 'chromium' ? '/usr/bin/chromium' : name === 'xdg-open' ? '/usr/bin/xdg-open' : null);
    expect(browserOpenCommand(url, 'linux', { DISPLAY: ':0' }, which)).toEqual({ command: '/usr/bin/chromium', args: [`--app=${url}`] });
  });

  it('falls back to xdg-open, and to nothing without a display', () => {
    const which = (name: string) => (name === 'xdg-open' ? '/usr/bin/xdg-open' : null);
    expect(browserOpenCommand(url, 'linux', { WAYLAND_DISPLAY: 'wayland-0' }, which)).toEqual({ command: '/usr/bin/xdg-open', args: [url] });
    expect(browserOpenCommand(url, 'linux', {}, which)).toBeNull();
    expect(browserOpenCommand(url, 'linux', { DISPLAY: ':0' }, () => null)).toBeNull();
  });

  it('uses the system opener on macOS and Windows', () => {
    expect(browserOpenCommand(url, 'darwin', {}, () => null)).toEqual({ command: 'open', args: [url] });
    expect(browserOpenCommand(url, 'win32', {}, () => null)?.command).toBe('cmd');
  });
});

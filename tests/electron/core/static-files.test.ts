import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticFile } from '../../../electron/core/static-files';

const root = resolve('/srv/renderer');

describe('resolveStaticFile', () => {
  it.each(['/', '', '/?token=abc', '/#top'])('serves index.html for %j', (urlPath) => {
    expect(resolveStaticFile(root, urlPath)).toEqual({ filePath: join(root, 'index.html'), contentType: 'text/html; charset=utf-8' });
  });

  it('maps a path inside the folder, ignoring query and fragment', () => {
    expect(resolveStaticFile(root, '/assets/app.js?v=3#x')).toEqual({
      filePath: join(root, 'assets', 'app.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
  });

  it('decodes percent-escapes in names', () => {
    expect(resolveStaticFile(root, '/assets/my%20font.woff2')?.filePath).toBe(join(root, 'assets', 'my font.woff2'));
  });

  it('keeps a path that goes up and back inside', () => {
    expect(resolveStaticFile(root, '/assets/../index.html')?.filePath).toBe(join(root, 'index.html'));
    expect(resolveStaticFile(root, '//etc/passwd')?.filePath).toBe(join(root, 'etc', 'passwd'));
  });

  it.each([
    '/../x',
    '/../../etc/passwd',
    '/%2e%2e/x',
    '/%2E%2E/%2e%2e/etc/passwd',
    '/assets/../../x',
    '/..%2fx',
    '/../renderer-evil/x',
    '/index.html%00.js',
    '/%00',
    '/assets%5c..%5c..%5cx',
    '/a\\b',
    '/%E0%A4%A',
    '/%',
  ])('refuses %j', (urlPath) => {
    expect(resolveStaticFile(root, urlPath)).toBeNull();
  });

  it.each([
    ['/style.css', 'text/css; charset=utf-8'],
    ['/module.mjs', 'text/javascript; charset=utf-8'],
    ['/APP.JS', 'text/javascript; charset=utf-8'],
    ['/data.json', 'application/json; charset=utf-8'],
    ['/icon.svg', 'image/svg+xml'],
    ['/icon.png', 'image/png'],
    ['/favicon.ico', 'image/x-icon'],
    ['/font.woff2', 'font/woff2'],
    ['/engine.wasm', 'application/wasm'],
    ['/notes.txt', 'text/plain; charset=utf-8'],
    ['/archive.xyz', 'application/octet-stream'],
    ['/no-extension', 'application/octet-stream'],
  ])('gives %s the type %s', (urlPath, contentType) => {
    expect(resolveStaticFile(root, urlPath)?.contentType).toBe(contentType);
  });
});

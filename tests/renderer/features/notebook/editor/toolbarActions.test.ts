import { describe, expect, it } from 'vitest';
import { shortcutAction, type KeyLike } from '../../../../../renderer/src/features/notebook/editor/toolbarActions';
import { isAllowedLinkUrl, normaliseLinkUrl } from '../../../../../renderer/src/features/notebook/editor/linkUrl';

const key = (code: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: '',
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcutAction', () => {
  it('maps the editor shortcuts Lexical does not have', () => {
    expect(shortcutAction(key('Digit2', { ctrlKey: true, altKey: true }), false)).toEqual({ kind: 'block', block: 'h2' });
    expect(shortcutAction(key('Digit0', { ctrlKey: true, altKey: true }), false)).toEqual({ kind: 'block', block: 'paragraph' });
    expect(shortcutAction(key('Digit8', { ctrlKey: true, shiftKey: true }), false)).toEqual({ kind: 'list', list: 'bullet' });
    expect(shortcutAction(key('Digit7', { ctrlKey: true, shiftKey: true }), false)).toEqual({ kind: 'list', list: 'number' });
    expect(shortcutAction(key('Digit9', { ctrlKey: true, shiftKey: true }), false)).toEqual({ kind: 'list', list: 'check' });
    expect(shortcutAction(key('KeyX', { ctrlKey: true, shiftKey: true }), false)).toEqual({ kind: 'format', format: 'strikethrough' });
    expect(shortcutAction(key('KeyK', { ctrlKey: true }), false)).toEqual({ kind: 'link' });
  });

  it('uses Cmd on Apple and leaves everything else to the editor', () => {
    expect(shortcutAction(key('KeyK', { metaKey: true }), true)).toEqual({ kind: 'link' });
    expect(shortcutAction(key('KeyK', { ctrlKey: true }), true)).toBeNull();
    expect(shortcutAction(key('KeyB', { ctrlKey: true }), false)).toBeNull();
    expect(shortcutAction(key('Digit2'), false)).toBeNull();
    expect(shortcutAction(key('Digit4', { ctrlKey: true, altKey: true }), false)).toBeNull();
  });
});

describe('link addresses', () => {
  it('keeps web and mail addresses, adding https:// to a bare host', () => {
    expect(normaliseLinkUrl('news.example/convoy')).toBe('https://news.example/convoy');
    expect(normaliseLinkUrl(' http://news.example ')).toBe('http://news.example/');
    expect(normaliseLinkUrl('mailto:desk@news.example')).toBe('mailto:desk@news.example');
  });

  it('refuses scripts, data and words that are not addresses', () => {
    expect(normaliseLinkUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseLinkUrl('data:text/html,<script>')).toBeNull();
    expect(normaliseLinkUrl('convoy')).toBeNull();
    expect(normaliseLinkUrl('')).toBeNull();
    expect(isAllowedLinkUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedLinkUrl('https://news.example')).toBe(true);
  });
});

// What "safe to show" means for importer output, checked on a parsed DOM (jsdom, as the Reader's
// innerHTML would parse it): no script-capable or loading elements, no event handlers, no
// javascript:/vbscript: anywhere in an attribute, no URL attribute except data:/blob: images.
import { JSDOM } from 'jsdom';

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'base', 'meta', 'link', 'style', 'portal']);
const URL_ATTRIBUTES = new Set(['src', 'href', 'srcset', 'xlink:href', 'action', 'formaction', 'poster', 'background', 'data', 'ping', 'lowsrc', 'dynsrc']);

const { window } = new JSDOM('<!DOCTYPE html><body></body>');

/** Every problem found in `html`, as readable strings; empty when the markup is safe. */
export function unsafeMarkup(html: string): string[] {
  const template = window.document.createElement('template');
  template.innerHTML = html;
  const problems: string[] = [];
  for (const element of Array.from(template.content.querySelectorAll('*'))) {
    const tag = element.localName.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`<${tag}> element`);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (name.startsWith('on')) problems.push(`${name} handler on <${tag}>`);
      if (name === 'style') problems.push(`style attribute on <${tag}>`);
      if (/(java|vb)script:/.test(value)) problems.push(`${name}="${attribute.value}" on <${tag}>`);
      if (/url\(/.test(value) && !/^url\(['"]?#/.test(value)) problems.push(`url() in ${name} on <${tag}>`);
      if (URL_ATTRIBUTES.has(name) && !/^(data:image\/|blob:)/.test(value)) problems.push(`${name}="${attribute.value}" on <${tag}>`);
    }
  }
  if (/<script/i.test(template.innerHTML)) problems.push('"<script" in the serialised markup');
  return problems;
}

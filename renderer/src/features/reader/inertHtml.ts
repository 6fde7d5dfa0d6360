// The core sanitises clipping HTML with DOMPurify; this is a second, small line of defence in the
// page: anything that could run, load or navigate is dropped once more before the Reader shows it.
// A <template> parses without running scripts or loading images, so checking it is itself safe,
// and the checked nodes themselves are shown (no second parse that could read them differently).
const DROP_ELEMENTS =
  'script, iframe, frame, frameset, object, embed, applet, meta, base, link, style, form, portal, noscript, template, animate, set, animatetransform, animatemotion';
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'background',
  'xlink:href',
  'ping',
  'data',
  'codebase',
  'cite',
  'srcdoc',
]);
/** Only images that are already in the page (data:, blob:) may show; nothing else is fetched. */
const LOCAL_URL = /^\s*(data|blob):/i;

export function inertFragment(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const content = template.content;
  content.querySelectorAll(DROP_ELEMENTS).forEach((element) => element.remove());
  for (const element of Array.from(content.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      // Inline styles are refused by the page's CSP anyway; removing them keeps the console quiet.
      if (name.startsWith('on') || name === 'style') element.removeAttribute(attribute.name);
      else if (URL_ATTRIBUTES.has(name) && !(loadsImage(element, name) && LOCAL_URL.test(attribute.value))) {
        element.removeAttribute(attribute.name);
      }
    }
  }
  return content;
}

/** Attributes that fetch an image (which may stay when it is data: or blob:), not a link to follow. */
function loadsImage(element: Element, name: string): boolean {
  if (name === 'href' || name === 'xlink:href') return element.localName === 'image' || element.localName === 'feImage';
  return name === 'src' || name === 'srcset' || name === 'poster' || name === 'background';
}

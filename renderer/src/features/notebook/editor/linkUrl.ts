// Links in notes are references, never followed by the app; still, only web and mail addresses are
// stored, so an exported note never carries a script URL.

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The address to store for what was typed ("example.org/x" → "https://example.org/x"), or null. */
export function normaliseLinkUrl(typed: string): string | null {
  const text = typed.trim();
  if (text === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/iu.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
    if (url.protocol !== 'mailto:' && !url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return url.href;
  } catch {
    return null;
  }
}

/** Whether a stored or pasted link may stay a link. */
export function isAllowedLinkUrl(url: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

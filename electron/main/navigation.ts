// Which URLs the window may show, and which frames may call the core.
import { APP_HOST, APP_SCHEME } from './app-origin';

/** Only our own app:// origin; every http(s), file, data or javascript URL is refused. */
export function isAllowedAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

export interface SenderFrame {
  url: string;
  /** True when the frame is the window's top frame (no parent). */
  isMainFrame: boolean;
}

/** IPC is answered only for our own page's top frame: never an iframe, never another origin. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return !!frame && frame.isMainFrame && isAllowedAppUrl(frame.url);
}

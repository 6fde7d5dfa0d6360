// Browser mode's proof that this page was opened by whoever started the notebook: the launch
// token, sent in a header with every call. It arrives once in the address's fragment (#token=…,
// which a browser never sends to any server) or is traded for a one-time #code=… that `web`
// puts on the browser's command line; then it is dropped from the address bar and history.
//
// The token is kept in sessionStorage as well as in memory, so that a reload in the same tab
// keeps working (what users expect of a page). sessionStorage is per origin, port included, and
// per tab: no other local server and no other tab can read it, and it dies with the tab. A new
// tab or window needs the printed address again.

export const TOKEN_HEADER = 'X-Notebook-Token';
const STORAGE_KEY = 'notebook.launchToken';
const EXCHANGE_PATH = '/session/exchange';

let launchToken: string | null = null;

export type SessionStart = { signedIn: true } | { signedIn: false; problem: string | null };

/** Reads the token from the fragment, a one-time code, or this tab's storage, in that order. */
export async function startLaunchSession(): Promise<SessionStart> {
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const fromAddress = fragment.get('token');
  const code = fragment.get('code');
  if (fromAddress !== null || code !== null) dropFragmentFromHistory();
  if (fromAddress) {
    keepToken(fromAddress);
    return { signedIn: true };
  }
  if (code) {
    const traded = await tradeOpeningCode(code);
    if ('problem' in traded) return { signedIn: false, problem: traded.problem };
    keepToken(traded.token);
    return { signedIn: true };
  }
  launchToken = readStoredToken();
  return launchToken ? { signedIn: true } : { signedIn: false, problem: null };
}

/** The header for the next call, empty when this page holds no token. */
export function launchTokenHeaders(): Record<string, string> {
  return launchToken ? { [TOKEN_HEADER]: launchToken } : {};
}

/** The server refused the token (it was restarted, say): a reload must not try it again. */
export function forgetLaunchToken(): void {
  launchToken = null;
  try {
    window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage switched off: there is nothing to forget.
  }
}

function keepToken(token: string): void {
  launchToken = token;
  try {
    window.sessionStorage.setItem(STORAGE_KEY, token);
  } catch {
    // Storage switched off: the token lives in memory only, and a reload asks for the address again.
  }
}

function readStoredToken(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** replaceState rewrites the current history entry, so Back never leads to the secret. */
function dropFragmentFromHistory(): void {
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}

async function tradeOpeningCode(code: string): Promise<{ token: string } | { problem: string }> {
  try {
    const response = await fetch(EXCHANGE_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
      credentials: 'omit',
    });
    const answer = (await response.json()) as { ok: true; value: { token: string } } | { ok: false; error: { message: string } };
    return answer.ok ? { token: answer.value.token } : { problem: answer.error.message };
  } catch {
    return { problem: 'The notebook is not answering. Is it still running? Start it again with "npm start".' };
  }
}

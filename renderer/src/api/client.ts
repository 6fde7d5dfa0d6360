// The page's way to the core: Electron's preload when present, else browser mode's /rpc/.
// Both answer the contract's ApiResult; transport failures become ApiResults too.
import { forgetLaunchToken, launchTokenHeaders } from './launchSession';
import { createClient, type Transport } from '../../../shared/client';
import { failure, type ApiResult } from '../../../shared/errors';

declare global {
  interface Window {
    notebook?: { call(method: string, input: unknown): Promise<unknown> };
  }
}

const ipcTransport: Transport = (method, input) => window.notebook!.call(method, input) as Promise<ApiResult<unknown>>;

const httpTransport: Transport = async (method, input) => {
  let response: Response;
  try {
    response = await fetch(`/rpc/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...launchTokenHeaders() },
      body: JSON.stringify(input ?? {}),
      // No cookies either way: the token header is the only credential.
      credentials: 'omit',
    });
  } catch {
    return failure('internal', 'The notebook is not answering. Is it still running? Start it again with "npm start".');
  }
  if (response.status === 401 || response.status === 403) {
    if (response.status === 401) forgetLaunchToken();
    return failure('internal', 'This page is no longer authorised. Open the address the notebook printed when it started.');
  }
  try {
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    return failure('internal', `The notebook answered with an unreadable response (HTTP ${response.status}).`);
  }
};

export const api = createClient(window.notebook ? ipcTransport : httpTransport);

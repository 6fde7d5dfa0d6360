// The request limit for doors that receive already-parsed input (Electron IPC): the same
// MAX_REQUEST_BYTES that browser mode applies to the raw body.
import { MAX_REQUEST_BYTES, requestTooLargeMessage, utf8ByteLength } from '../../shared/limits';

/** The error message when `input` is over the limit as JSON, else null. */
export function requestSizeError(input: unknown): string | null {
  let json: string | undefined;
  try {
    json = JSON.stringify(input);
  } catch {
    return null; // not JSON-serialisable: the contract will reject it as invalid input
  }
  if (json === undefined || json.length <= MAX_REQUEST_BYTES / 4) return null;
  return utf8ByteLength(json) > MAX_REQUEST_BYTES ? requestTooLargeMessage() : null;
}

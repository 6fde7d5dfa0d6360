// What the one IPC channel answers: only our own top frame is heard, the request limit of every
// door applies, and the core's dispatch gives the answer as a value.
import { failure, type ApiResult } from '../../shared/errors';
import type { Dispatch } from '../core/dispatch';
import { requestSizeError } from '../core/request-size';
import { isTrustedSender, type SenderFrame } from './navigation';

export class UntrustedSenderError extends Error {
  constructor() {
    super('Refused: this frame may not call the notebook.');
  }
}

export async function answerIpcCall(frame: SenderFrame | null, method: unknown, input: unknown, dispatch: Dispatch): Promise<ApiResult<unknown>> {
  // Not an ApiResult: a foreign frame is an attack, not a caller, and learns nothing.
  if (!isTrustedSender(frame)) throw new UntrustedSenderError();
  const tooLarge = requestSizeError(input);
  if (tooLarge) return failure('too_large', tooLarge);
  return dispatch(typeof method === 'string' ? method : String(method), input);
}

// A core the page's client reaches through window.notebook (the Electron door's shape), whose
// answers the test releases by hand, in any order.
import type { ApiResult } from '../../../shared/errors';

export interface PendingCall {
  method: string;
  input: Record<string, unknown>;
  answer: (result: ApiResult<unknown>) => void;
}

export function installFakeCore(): PendingCall[] {
  const calls: PendingCall[] = [];
  window.notebook = {
    call: (method, input) => new Promise((answer) => calls.push({ method, input: input as Record<string, unknown>, answer })),
  };
  return calls;
}

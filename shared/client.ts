// A typed client over any transport: the renderer gives it IPC or fetch, the CLI gives it dispatch.
import type { ApiResult } from './errors';
import type { InputOf, MethodName, ResultOf } from './contract';

export type Transport = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export interface NotebookClient {
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ApiResult<ResultOf<M>>>;
}

export function createClient(transport: Transport): NotebookClient {
  return {
    call: (method, input) => transport(method, input) as never,
  };
}

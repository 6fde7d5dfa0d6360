// dispatch(method, input): the one entry every door calls. Validates with the contract, runs the
// handler, and always answers a value — it never throws across a door.
import { contract, isMethodName, METHOD_NAMES, type MethodName, type ParsedInputOf, type ResultOf } from '../../shared/contract';
import { NotebookError, failure, type ApiResult } from '../../shared/errors';

export type Handlers = {
  [M in MethodName]: (input: ParsedInputOf<M>) => ResultOf<M> | Promise<ResultOf<M>>;
};

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export type ErrorLogger = (method: string, error: unknown) => void;

const logToStderr: ErrorLogger = (method, error) => {
  console.error(`[notebook] ${method} failed:`, error);
};

export function createDispatch(handlers: Handlers, logError: ErrorLogger = logToStderr): Dispatch {
  return async (method, input) => {
    if (typeof method !== 'string' || !isMethodName(method)) {
      return failure('unknown_method', `There is no method "${String(method)}". Known methods: ${METHOD_NAMES.join(', ')}.`);
    }
    const parsed = contract[method].input.safeParse(input === undefined ? {} : input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length > 0 ? issue.path.join('.') : firstUnknownKey(issue);
      const prefix = field ? `${field}: ` : '';
      return failure('invalid_input', `${prefix}${issue.message}`, field);
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof NotebookError) return { ok: false, error: error.toApiError() };
      logError(method, error);
      return failure('internal', describeInternal(error));
    }
  };
}

function firstUnknownKey(issue: { code: string; keys?: string[] }): string | undefined {
  return issue.code === 'unrecognized_keys' ? issue.keys?.[0] : undefined;
}

function describeInternal(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return `The library file is damaged (${detail}). Nothing was changed; restore it from a backup.`;
  }
  if (code === 'SQLITE_FULL') return `The disk is full, so nothing was saved (${detail}). Free some space and try again.`;
  return `Something went wrong inside the library (${detail}). Nothing was changed.`;
}

// dispatch(method, input): the one entry every door calls. Validates with the contract, runs the
// handler, and always answers a value — it never throws across a door.
import { contract, isMethodName, METHOD_NAMES, type MethodName, type ParsedInputOf, type ResultOf } from '../../shared/contract';
import { NotebookError, failure, type ApiResult } from '../../shared/errors';
import { BUSY_TIMEOUT_MS, classifySqliteError } from './db/sqlite-problems';

export type Handlers = {
  [M in MethodName]: (input: ParsedInputOf<M>) => ResultOf<M> | Promise<ResultOf<M>>;
};

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export type ErrorLogger = (method: string, error: unknown) => void;

export const logToStderr: ErrorLogger = (method, error) => {
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

/** What went wrong, and what to do: only a damaged file is called damaged. */
function describeInternal(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  switch (classifySqliteError(error)) {
    case 'damaged':
      return `The library file is damaged (${detail}). Nothing was changed; restore it from a backup.`;
    case 'busy':
      return (
        `Another program (another window, a command-line import or a backup) kept the library busy for more than ${BUSY_TIMEOUT_MS / 1000} seconds, ` +
        `so nothing was saved (${detail}). Try again when it has finished.`
      );
    case 'disk_full':
      return `The disk is full, so nothing was saved (${detail}). Free some space and try again.`;
    case 'io_error':
      return (
        `The disk reported an error while reading or writing the library, so nothing was saved (${detail}). ` +
        'Check that the drive is still connected and healthy, then try again.'
      );
    case 'readonly':
    case 'cannot_open':
      return (
        `The library can no longer be written (${detail}): its file or folder became read-only, or its drive was disconnected. ` +
        'Nothing was saved; make them writable (SQLite writes journal files beside the library) and reopen the library.'
      );
    default:
      return `Something went wrong inside the library (${detail}). Nothing was changed.`;
  }
}

// The one way a component reads from the core: loading and error state, and the latest request
// wins (an answer to an older input never overwrites a newer one).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf, MethodName, ResultOf } from '../../../shared/contract';
import type { ErrorCode } from '../../../shared/errors';
import { api } from './client';

export interface CallState<T> {
  /** The last answer; kept while a newer request loads, so the screen never blinks empty. */
  value: T | null;
  /** Why the last request failed, or null. */
  error: string | null;
  /** The core's code for that failure (`not_found`, say), for a screen that answers it differently. */
  errorCode: ErrorCode | null;
  loading: boolean;
  /** Asks again with the same input. */
  reload: () => void;
}

export interface CallOptions {
  /** Waits this long after the input last changed (typing) before asking. */
  delayMs?: number;
  /** Says what could not be done, before the core's message: "The passages could not be loaded". */
  failure?: string;
  /** Any change asks again with the same input (a library revision, say). */
  refresh?: unknown;
}

/** Calls `method` with `input` whenever the input's JSON changes; `null` asks nothing (and clears the value). */
export function useCall<M extends MethodName>(method: M, input: InputOf<M> | null, options: CallOptions = {}): CallState<ResultOf<M>> {
  const [state, setState] = useState<Omit<CallState<ResultOf<M>>, 'reload'>>({ value: null, error: null, errorCode: null, loading: input !== null });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const key = input === null ? null : JSON.stringify(input);
  const { delayMs = 0, failure, refresh } = options;

  useEffect(() => {
    const ticket = ++latest.current;
    if (key === null) {
      setState({ value: null, error: null, errorCode: null, loading: false });
      return;
    }
    setState((previous) => ({ ...previous, loading: true }));
    const ask = () =>
      void api.call(method, JSON.parse(key) as InputOf<M>).then((result) => {
        if (ticket !== latest.current) return;
        if (result.ok) setState({ value: result.value, error: null, errorCode: null, loading: false });
        else setState((previous) => ({ ...previous, error: describeFailure(failure, result.error.message), errorCode: result.error.code, loading: false }));
      });
    if (delayMs <= 0) {
      ask();
      return () => {
        latest.current++;
      };
    }
    const timer = window.setTimeout(ask, delayMs);
    return () => {
      window.clearTimeout(timer);
      latest.current++;
    };
  }, [method, key, delayMs, failure, refresh, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}

export function describeFailure(what: string | undefined, message: string): string {
  return what ? `${what}: ${message}` : message;
}

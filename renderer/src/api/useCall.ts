// The one way a component reads from the core: loading and error state, and the latest request
// wins (an answer to an older input never overwrites a newer one).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf, MethodName, ResultOf } from '../../../shared/contract';
import type { ApiResult, ErrorCode } from '../../../shared/errors';
import { api } from './client';

export interface CallState<T> {
  /** The last answer; kept while a newer request loads, so the screen never blinks empty. */
  value: T | null;
  /** Why the last request failed, or null. */
  error: string | null;
  /** The core's code for that failure (`not_found`, say), for a screen that answers it differently. */
  errorCode: ErrorCode | null;
  /** True from the render in which the input changes until its answer is in. */
  loading: boolean;
  /** Asks again with the same input; resolves once that answer (or a newer one) is shown. */
  reload: () => Promise<void>;
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
  const key = input === null ? null : JSON.stringify([method, input]);
  return useLoad(key, () => api.call(method, input!), options);
}

interface Settled<T> {
  value: T | null;
  error: string | null;
  errorCode: ErrorCode | null;
  /** The key the value or error answers. */
  answered: string | null;
  asking: boolean;
}

/**
 * useCall for an answer that takes more than one call (every page of a list, a choice between two
 * methods): `load` runs whenever `key` changes, and is read when it runs.
 */
export function useLoad<T>(key: string | null, load: () => Promise<ApiResult<T>>, options: CallOptions = {}): CallState<T> {
  const [settled, setSettled] = useState<Settled<T>>({ value: null, error: null, errorCode: null, answered: null, asking: false });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const loader = useRef(load);
  loader.current = load;
  const waiting = useRef<Array<() => void>>([]);
  const { delayMs = 0, failure, refresh } = options;

  useEffect(() => {
    const ticket = ++latest.current;
    // The reloads asked for so far are answered by this request (or, if it is dropped, the next one).
    const answers = waiting.current.splice(0);
    const done = () => answers.forEach((resolve) => resolve());
    if (key === null) {
      setSettled({ value: null, error: null, errorCode: null, answered: null, asking: false });
      done();
      return;
    }
    setSettled((previous) => ({ ...previous, asking: true }));
    const ask = () =>
      void loader.current().then((result) => {
        if (ticket !== latest.current) return;
        if (result.ok) setSettled({ value: result.value, error: null, errorCode: null, answered: key, asking: false });
        else
          setSettled((previous) => ({
            ...previous,
            error: describeFailure(failure, result.error.message),
            errorCode: result.error.code,
            answered: key,
            asking: false,
          }));
        done();
      });
    const timer = delayMs > 0 ? window.setTimeout(ask, delayMs) : (ask(), undefined);
    return () => {
      window.clearTimeout(timer);
      latest.current++;
      waiting.current.unshift(...answers);
    };
  }, [key, delayMs, failure, refresh, attempt]);

  // Gone: nobody will answer the reloads still waiting.
  useEffect(() => () => waiting.current.splice(0).forEach((resolve) => resolve()), []);

  const reload = useCallback(
    () =>
      new Promise<void>((resolve) => {
        waiting.current.push(resolve);
        setAttempt((n) => n + 1);
      }),
    [],
  );
  return {
    value: key === null ? null : settled.value,
    error: key === null ? null : settled.error,
    errorCode: key === null ? null : settled.errorCode,
    loading: key !== null && (settled.asking || settled.answered !== key),
    reload,
  };
}

export function describeFailure(what: string | undefined, message: string): string {
  return what ? `${what}: ${message}` : message;
}

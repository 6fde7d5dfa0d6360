// The one way a component writes through the core: busy while a call is out, the error of the last
// one, and no state set after the component is gone.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf, MethodName, ResultOf } from '../../../shared/contract';
import type { ApiResult } from '../../../shared/errors';
import { api } from './client';
import { describeFailure } from './useCall';

export interface Action {
  /** Calls the core; the answer is returned as well as reflected in `busy` and `error`. */
  run<M extends MethodName>(method: M, input: InputOf<M>, failure?: string): Promise<ApiResult<ResultOf<M>>>;
  busy: boolean;
  error: string | null;
  setError: (error: string | null) => void;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async <M extends MethodName>(method: M, input: InputOf<M>, failure?: string) => {
    setBusy(true);
    const result = await api.call(method, input);
    if (mounted.current) {
      setBusy(false);
      setError(result.ok ? null : describeFailure(failure, result.error.message));
    }
    return result;
  }, []);

  return { run, busy, error, setError };
}

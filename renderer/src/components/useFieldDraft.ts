import { useEffect, useState } from 'react';

/**
 * The draft of a field that saves when committed: a blank value saves as null, an unchanged one
 * saves nothing, `validate` refuses a value before anything is sent, and a stored value that
 * changes underneath replaces the draft. `onSave` answers an error message, or null when saved.
 */
export function useFieldDraft(value: string | null, onSave: (value: string | null) => Promise<string | null>, validate?: (value: string) => string | null) {
  const stored = value ?? '';
  const [draft, setDraft] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(stored);
    setError(null);
  }, [stored]);

  async function commit() {
    const trimmed = draft.trim();
    if (trimmed === stored) return setError(null);
    const problem = validate?.(trimmed) ?? null;
    if (problem) return setError(problem);
    setError(await onSave(trimmed === '' ? null : trimmed));
  }

  /** Esc: the stored value back; true when there was an edit to undo. */
  function revert(): boolean {
    if (draft === stored) return false;
    setDraft(stored);
    setError(null);
    return true;
  }

  return { draft, setDraft, error, commit, revert };
}

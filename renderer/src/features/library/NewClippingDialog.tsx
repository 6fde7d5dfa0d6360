import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Clipping } from '../../../../shared/domain';
import { MAX_PASTE_BYTES, MAX_TITLE_CHARS, formatBytes, utf8ByteLength } from '../../../../shared/limits';
import { api } from '../../api/client';

/** "New clipping": paste text (required) and an optional title. Ctrl+Enter saves, Esc cancels. */
export function NewClippingDialog(props: { onCancel: () => void; onCreated: (clipping: Clipping) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const element = dialog.current!;
    if (!element.open) element.showModal();
    return () => element.close();
  }, []);

  const size = utf8ByteLength(text);
  const tooLarge = size > MAX_PASTE_BYTES;

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (saving) return;
    if (text.trim() === '') {
      setError({ message: 'The clipping is empty: paste or type its text.', field: 'text' });
      return;
    }
    setSaving(true);
    const result = await api.call('clippings.create', { title: title.trim() === '' ? undefined : title, text });
    setSaving(false);
    if (result.ok) props.onCreated(result.value);
    else setError(result.error);
  }

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="new-clipping-heading"
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <form onSubmit={save} className="dialog-form">
        <h2 id="new-clipping-heading">New clipping</h2>
        <label className="field">
          <span>
            Title <span className="hint">optional — the first line is used when left empty</span>
          </span>
          <input value={title} maxLength={MAX_TITLE_CHARS} onChange={(e) => setTitle(e.target.value)} name="title" />
        </label>
        <label className="field field-grow">
          <span>Text</span>
          <textarea
            value={text}
            autoFocus
            name="text"
            aria-invalid={error?.field === 'text' || tooLarge}
            placeholder="Paste the article or report here"
            onChange={(e) => {
              setText(e.target.value);
              if (error) setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
            }}
          />
        </label>
        <div className={`size-meter${tooLarge ? ' size-meter-over' : ''}`}>
          {formatBytes(size)} of {formatBytes(MAX_PASTE_BYTES)}
          {tooLarge && ' — too large to paste; import it as a file instead'}
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error.message}
          </p>
        )}
        <div className="dialog-actions">
          <span className="hint">Ctrl+Enter saves · Esc cancels</span>
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving || tooLarge}>
            {saving ? 'Saving…' : 'Save clipping'}
          </button>
        </div>
      </form>
    </dialog>
  );
}

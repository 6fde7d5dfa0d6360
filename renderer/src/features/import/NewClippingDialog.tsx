import { useState, type FormEvent } from 'react';
import type { ImportResult, LibraryInfo } from '../../../../shared/domain';
import { MAX_PASTE_BYTES, MAX_TITLE_CHARS, formatBytes, utf8ByteLength } from '../../../../shared/limits';
import { useAction } from '../../api/useAction';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { usePastedText, type PastedHtml } from './usePastedText';
import './newClippingDialog.css';

/**
 * "New clipping": paste text or formatted text (HTML) and an optional title.
 * Ctrl+Enter saves, Esc cancels. A paste into the empty field keeps the clipboard's HTML too,
 * so the core can extract and clean the article; typing afterwards falls back to plain text.
 */
export function NewClippingDialog(props: {
  initial?: { text: string; html: string | undefined };
  htmlImport: LibraryInfo['htmlImport'] | null;
  onCancel: () => void;
  onSaved: (result: ImportResult) => void;
}) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const { run, busy: saving } = useAction();
  const { textarea, text, setText, pasted, setPasted, onPaste } = usePastedText(props.initial, () => setError(null));

  const htmlAvailable = props.htmlImport?.available !== false;
  const html = pasted && pasted.text === text && htmlAvailable ? pasted.html : undefined;
  const size = utf8ByteLength(text) + (html ? utf8ByteLength(html) : 0);
  const tooLarge = size > MAX_PASTE_BYTES;

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (saving || tooLarge) return;
    if (text.trim() === '' && !html) {
      setError({ message: 'The clipping is empty: paste or type its text.', field: 'text' });
      return;
    }
    const result = await run('clippings.create', { title: title.trim() === '' ? undefined : title, text, html });
    if (result.ok) props.onSaved(result.value);
    else setError(result.error);
  }

  return (
    <Dialog labelledBy="new-clipping-heading" onCancel={props.onCancel}>
      <form onSubmit={save} className="dialog-form">
        <h2 id="new-clipping-heading">New clipping</h2>
        <label className="field">
          <span>
            Title <span className="hint">optional — taken from the article when left empty</span>
          </span>
          <input value={title} maxLength={MAX_TITLE_CHARS} onChange={(e) => setTitle(e.target.value)} name="title" />
        </label>
        <label className="field field-grow">
          <span>Text</span>
          <textarea
            ref={textarea}
            value={text}
            autoFocus
            name="text"
            aria-invalid={error?.field === 'text' || tooLarge}
            placeholder="Paste the article or report here — formatted text from a web page keeps its structure"
            onPaste={onPaste}
            onChange={(e) => {
              setText(e.target.value);
              if (error) setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
            }}
          />
        </label>
        <div className="paste-status" data-testid="paste-status">
          <span className={tooLarge ? 'size-meter size-meter-over' : 'size-meter'}>
            {formatBytes(size)} of {formatBytes(MAX_PASTE_BYTES)}
            {tooLarge && ' — too large to paste; import it as a file instead'}
          </span>
          <PasteKind pasted={pasted} keptHtml={html !== undefined} htmlImport={props.htmlImport} onPlainOnly={() => setPasted(null)} />
        </div>
        <FormError message={error?.message} />
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
    </Dialog>
  );
}

/** Says whether the formatted version will be saved, and why not when it will not. */
function PasteKind(props: { pasted: PastedHtml | null; keptHtml: boolean; htmlImport: LibraryInfo['htmlImport'] | null; onPlainOnly: () => void }) {
  if (!props.pasted) return null;
  if (props.htmlImport && !props.htmlImport.available) {
    return (
      <span className="paste-kind paste-kind-warning" role="alert">
        Formatted text (HTML) cannot be imported safely here: {props.htmlImport.reason} The plain text will be saved instead.
      </span>
    );
  }
  if (!props.keptHtml) return <span className="paste-kind">Edited — it will be saved as plain text.</span>;
  return (
    <span className="paste-kind" data-testid="paste-kind-html">
      Formatted text (HTML): the article is extracted and cleaned.
      <button type="button" className="link-button" onClick={props.onPlainOnly}>
        Save plain text only
      </button>
    </span>
  );
}

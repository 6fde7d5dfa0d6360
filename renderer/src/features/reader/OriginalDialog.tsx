import { useEffect, useState } from 'react';
import type { ClippingOriginal } from '../../../../shared/domain';
import { formatBytes } from '../../../../shared/limits';
import { useCall } from '../../api/useCall';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import './originalDialog.css';

/** The bytes the clipping was made from: text as plain text (never as HTML), anything else as a download. */
export function OriginalDialog(props: { clippingId: string; onClose: () => void }) {
  const { value: original, error } = useCall('clippings.original', { id: props.clippingId }, { failure: 'The original could not be loaded' });

  return (
    <Dialog labelledBy="original-heading" onCancel={props.onClose} className="dialog-original" testId="original-dialog">
      <div className="dialog-form">
        <h2 id="original-heading">Original</h2>
        {original && (
          <p className="hint original-facts">
            {original.fileName ?? 'Pasted'} · {original.mediaType} · {formatBytes(original.byteLength)} · SHA-256 <code>{original.sha256}</code>
          </p>
        )}
        <FormError message={error} />
        {!original && !error && <div className="loading" aria-busy="true" />}
        {original?.text !== null && original?.text !== undefined && (
          <pre className="original-text" data-testid="original-text">
            {original.text}
          </pre>
        )}
        {original?.base64 && <OriginalDownload original={original} />}
        <div className="dialog-actions">
          <button type="button" onClick={props.onClose} autoFocus>
            Close
          </button>
        </div>
      </div>
    </Dialog>
  );
}

function OriginalDownload({ original }: { original: ClippingOriginal }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const bytes = Uint8Array.from(atob(original.base64!), (c) => c.charCodeAt(0));
    const objectUrl = URL.createObjectURL(new Blob([bytes], { type: original.mediaType }));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [original]);
  const name = original.fileName ?? `original-${original.sha256.slice(0, 8)}`;
  return (
    <div className="original-download">
      <p>This original is not text, so it is offered as the file itself, byte for byte.</p>
      {url && (
        <a className="button-link" href={url} download={name} data-testid="original-download">
          Download {name} ({formatBytes(original.byteLength)})
        </a>
      )}
    </div>
  );
}

import './dropOverlay.css';

/** Shown while something is dragged over the window: where it will go. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-card">
        <strong>Drop to import</strong>
        <span>Files and folders become clippings (.txt, .md, .html, .pdf, .docx); dropped text opens New clipping.</span>
      </div>
    </div>
  );
}

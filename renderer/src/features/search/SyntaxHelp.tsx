import { useEffect, useRef, useState } from 'react';
import { SYNTAX_HELP } from './searchWords';

/** The "?" beside the search box: what the box understands, in a small popover (Esc or a click elsewhere closes it). */
export function SyntaxHelp() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className="search-help" ref={root}>
      <button
        type="button"
        className="search-help-button"
        aria-label="Search syntax"
        title="Search syntax"
        aria-expanded={open}
        aria-controls="search-help-panel"
        onClick={() => setOpen((shown) => !shown)}
      >
        ?
      </button>
      {open && (
        <div id="search-help-panel" className="search-help-panel" role="dialog" aria-label="Search syntax">
          <table>
            <tbody>
              {SYNTAX_HELP.map((row) => (
                <tr key={row.example}>
                  <td>
                    <code>{row.example}</code>
                  </td>
                  <td>{row.meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

// The note's Export button: a menu of formats; the chosen one is exported by the core (after the
// editor has flushed its autosave) and downloaded. Shows progress while it works and why it failed.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { NoteExportFormat } from '../../../../../shared/domain';
import { useAction } from '../../../api/useAction';
import { downloadExport } from './downloadFile';
import { EXPORT_FORMAT_CHOICES } from './exportFormats';
import './exportMenu.css';

export function ExportMenu(props: { noteId: string; title: string; beforeExport?: () => Promise<void> }) {
  const [open, setOpen] = useState(false);
  // The format being exported (its label), from the flush of the autosave to the download.
  const [exporting, setExporting] = useState<string | null>(null);
  const { run, error, setError } = useAction();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(() => {
    if (!open) return;
    itemRefs.current[0]?.focus();
    const closeOnOutsideClick = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutsideClick);
    return () => document.removeEventListener('pointerdown', closeOnOutsideClick);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const exportAs = async (format: NoteExportFormat, label: string) => {
    close();
    setError(null);
    setExporting(label);
    try {
      await props.beforeExport?.();
    } catch (failure) {
      setExporting(null);
      setError(`The note could not be saved before exporting, so nothing was exported: ${describe(failure)}`);
      return;
    }
    const result = await run('notes.export', { id: props.noteId, format }, `“${props.title}” could not be exported as ${label}`);
    setExporting(null);
    if (result.ok) downloadExport(result.value);
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = itemRefs.current.filter((item): item is HTMLButtonElement => item !== null);
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const moveTo = (next: number) => {
      event.preventDefault();
      items[(next + items.length) % items.length]?.focus();
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'ArrowDown') moveTo(index + 1);
    else if (event.key === 'ArrowUp') moveTo(index - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(items.length - 1);
    else if (event.key === 'Tab') setOpen(false);
  };

  const busy = exporting !== null;
  return (
    <div className="export-menu" ref={rootRef}>
      <button type="button" ref={buttonRef} aria-haspopup="menu" aria-expanded={open} disabled={busy} aria-busy={busy} onClick={() => setOpen((was) => !was)}>
        {busy ? `Exporting ${exporting}…` : 'Export'}
      </button>
      {open && (
        <div className="export-menu-list" role="menu" aria-label="Export as" onKeyDown={onMenuKeyDown}>
          {EXPORT_FORMAT_CHOICES.map((choice, index) => (
            <button
              key={choice.format}
              type="button"
              role="menuitem"
              tabIndex={-1}
              ref={(item) => {
                itemRefs.current[index] = item;
              }}
              onClick={() => void exportAs(choice.format, choice.label)}
            >
              {choice.label}
            </button>
          ))}
        </div>
      )}
      {error && !busy && (
        <p className="export-menu-error" role="alert">
          <span>{error}</span>
          <button type="button" className="link-button" onClick={() => setError(null)}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import { useEffect, useRef, type ReactNode } from 'react';
import './dialog.css';

/**
 * A modal dialog: opened with showModal (so focus stays inside and the page behind is inert),
 * Esc calls onCancel, and it closes when unmounted.
 */
export function Dialog(props: { labelledBy: string; onCancel: () => void; className?: string; children: ReactNode; testId?: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current!;
    if (!element.open) element.showModal();
    return () => element.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={`dialog ${props.className ?? ''}`}
      aria-labelledby={props.labelledBy}
      data-testid={props.testId}
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      {props.children}
    </dialog>
  );
}

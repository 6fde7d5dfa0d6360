// The small Find bar of the Notebook and the Reader: a box, "3 of 12", previous/next, close.
// Enter and Shift+Enter step through the hits, Esc closes, Ctrl/Cmd+F again selects the box.
import { forwardRef } from 'react';
import { describeMatches, stepMatch } from '../lib/findMatches';
import './findBar.css';

/** Ctrl+F (Cmd+F on a Mac): the key that opens Find. */
export function isFindKey(event: KeyboardEvent, apple = isApple()): boolean {
  const mod = apple ? event.metaKey : event.ctrlKey;
  return mod && !event.altKey && !event.shiftKey && event.code === 'KeyF';
}

export function isApple(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/u.test(navigator.platform);
}

export interface FindBarProps {
  /** "Find in note", "Find in clipping": the box's accessible name and placeholder. */
  label: string;
  testId: string;
  /** Where the bar sits (the place positions it). */
  className?: string;
  query: string;
  onQuery: (query: string) => void;
  count: number;
  current: number;
  onCurrent: (update: (index: number) => number) => void;
  onClose: () => void;
}

export const FindBar = forwardRef<HTMLInputElement, FindBarProps>(function FindBar(props, input) {
  const { count, onCurrent } = props;
  const step = (direction: 1 | -1) => onCurrent((index) => stepMatch(index, count, direction));
  return (
    <div className={`find-bar ${props.className ?? ''}`} role="search" data-testid={props.testId}>
      <input
        ref={input}
        aria-label={props.label}
        placeholder={props.label}
        value={props.query}
        onChange={(event) => {
          props.onQuery(event.target.value);
          onCurrent(() => 0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            props.onClose();
          } else if (isFindKey(event.nativeEvent)) {
            event.preventDefault();
            event.currentTarget.select();
          }
        }}
      />
      <span className="find-bar-count" aria-live="polite" data-testid="find-count">
        {props.query === '' ? '' : describeMatches(props.current, count)}
      </span>
      <button
        type="button"
        className="find-bar-tool"
        aria-label="Previous match"
        title="Previous match (Shift+Enter)"
        disabled={count === 0}
        onClick={() => step(-1)}
      >
        ↑
      </button>
      <button type="button" className="find-bar-tool" aria-label="Next match" title="Next match (Enter)" disabled={count === 0} onClick={() => step(1)}>
        ↓
      </button>
      <button type="button" className="find-bar-tool" aria-label="Close find" title="Close (Esc)" onClick={props.onClose}>
        ×
      </button>
    </div>
  );
});

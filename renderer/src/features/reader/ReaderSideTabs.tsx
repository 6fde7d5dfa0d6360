import { useId, type KeyboardEvent, type ReactNode } from 'react';

export type SideTab = 'details' | 'passages' | 'suggestions';

const TABS: Array<{ id: SideTab; label: string }> = [
  { id: 'details', label: 'Details' },
  { id: 'passages', label: 'Passages' },
  { id: 'suggestions', label: 'Suggestions' },
];

/** The Reader's side: Details, the clipping's Passages and entity Suggestions, one at a time (←/→ switch). */
export function ReaderSideTabs(props: { tab: SideTab; counts: Partial<Record<SideTab, number | null>>; onTab: (tab: SideTab) => void; children: ReactNode }) {
  const id = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const index = TABS.findIndex((t) => t.id === props.tab);
    const next = TABS[(index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    props.onTab(next.id);
    document.getElementById(`${id}-${next.id}`)?.focus();
  };
  return (
    <div className="reader-side">
      <div className="reader-tabs" role="tablist" aria-label="Clipping" onKeyDown={onKeyDown}>
        {TABS.map((tab) => {
          const count = props.counts[tab.id];
          return (
            <button
              key={tab.id}
              id={`${id}-${tab.id}`}
              type="button"
              role="tab"
              aria-selected={props.tab === tab.id}
              aria-controls={`${id}-panel`}
              tabIndex={props.tab === tab.id ? 0 : -1}
              onClick={() => props.onTab(tab.id)}
            >
              {tab.label}
              {count != null && <span className="count">{count}</span>}
            </button>
          );
        })}
      </div>
      <div className="reader-side-body" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${props.tab}`}>
        {props.children}
      </div>
    </div>
  );
}

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $isElementNode } from 'lexical';
import { useSyncExternalStore } from 'react';
import { citationStateStore } from '../citations/citationStateStore';
import { evidenceCounts } from './evidenceCounts';
import { TOGGLE_NEEDS_EVIDENCE_COMMAND } from './toggleNeedsEvidence';
import { useEditorEvidence } from './useEditorEvidence';

/** Counts of what the open note cites, and its claims still needing evidence (click one to go to it). */
export function EvidencePanel() {
  const [editor] = useLexicalComposerContext();
  const { citations, claims } = useEditorEvidence();
  const store = citationStateStore(editor);
  // Re-render when present states arrive (a cited passage now in another graded source, or deleted).
  useSyncExternalStore(store.subscribe, store.getVersion);
  const counts = evidenceCounts(citations, (id) => store.get(id));

  const goToClaim = (key: string) => {
    editor.update(() => {
      const node = $getNodeByKey(key);
      if ($isElementNode(node)) node.select(0, node.getChildrenSize());
    });
    editor.getElementByKey(key)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    editor.focus();
  };

  return (
    <section className="evidence-section" aria-labelledby="evidence-title" data-testid="evidence-panel">
      <h3 id="evidence-title">Evidence</h3>
      <dl className="evidence-counts">
        <div>
          <dt>Passages cited</dt>
          <dd data-testid="evidence-passages">{counts.passagesCited}</dd>
        </div>
        <div>
          <dt>Distinct sources</dt>
          <dd data-testid="evidence-sources">{counts.distinctSources}</dd>
        </div>
      </dl>
      {counts.grades.length > 0 && (
        <ul className="evidence-grades" aria-label="Cited passages by grade of their source" data-testid="evidence-grades">
          {counts.grades.map((grade) => (
            <li key={grade.value}>
              <span className="evidence-grade">{grade.value}</span> {grade.count}
            </li>
          ))}
        </ul>
      )}
      <h4>Needs evidence ({claims.length})</h4>
      {claims.length === 0 ? (
        <p className="evidence-empty">No claim is marked. Select one and press Ctrl+Shift+E, or use the button below.</p>
      ) : (
        <ol className="evidence-claims" data-testid="evidence-claims">
          {claims.map((claim) => (
            <li key={claim.key}>
              <button type="button" className="link-button" onClick={() => goToClaim(claim.key)}>
                {claim.text || '(empty claim)'}
              </button>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        className="evidence-mark-button"
        // Keep the note's selection: this acts on it.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => editor.dispatchCommand(TOGGLE_NEEDS_EVIDENCE_COMMAND, undefined)}
        title="Mark the selected claim as needing evidence, or remove the mark (Ctrl+Shift+E)"
      >
        Mark as needing evidence
      </button>
    </section>
  );
}

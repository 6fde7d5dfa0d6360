import { useEffect, useRef, useState, type FormEvent } from 'react';
import { type EntityCard, type Relation, type RelationType } from '../../../../../shared/domain';
import { useAction } from '../../../api/useAction';
import { EvidenceChecklist } from './EvidenceChecklist';
import { cancelOnEscape, chosenEvidence, RelationTypeFields } from './RelationTypeFields';
import { relationDraftError, relationDraftFields } from './relationDraft';
import { useEvidenceCandidates } from './useEvidenceCandidates';

/**
 * Edits a relation in place: its type (and an `other` relation's label), date and evidence. Its two
 * cards stay; to relate other cards, delete it and add another. Esc cancels.
 */
export function EditRelationForm(props: { card: EntityCard; relation: Relation; onCancel: () => void; onSaved: () => void }) {
  const { card, relation } = props;
  const [type, setType] = useState<RelationType>(relation.type);
  const [label, setLabel] = useState(relation.label ?? '');
  const [date, setDate] = useState(relation.date ?? '');
  const [selected, setSelected] = useState<Set<string>>(() => new Set(relation.evidence.map((ref) => ref.id)));
  const { run, busy: saving, error, setError } = useAction();
  const otherId = relation.source.id === card.id ? relation.target.id : relation.source.id;
  const evidence = useEvidenceCandidates(card, otherId, relation.evidence);
  const typeSelect = useRef<HTMLSelectElement>(null);

  useEffect(() => typeSelect.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const draft = { type, label, date };
    const problem = relationDraftError(draft);
    if (problem) return setError(problem);
    const patch = { ...relationDraftFields(draft), evidence: chosenEvidence(evidence.candidates, selected) };
    const result = await run('relations.update', { id: relation.id, patch }, 'Not saved');
    if (result.ok) props.onSaved();
  }

  const onKeyDown = cancelOnEscape(props.onCancel);

  const end = (entity: { id: string; name: string }) => <span className={entity.id === card.id ? 'relation-self' : undefined}>{entity.name}</span>;
  return (
    <form className="add-relation" aria-label="Edit relation" onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown}>
      <div className="add-relation-sentence">
        {end(relation.source)}
        <RelationTypeFields type={type} label={label} onType={setType} onLabel={setLabel} selectRef={typeSelect} />
        {end(relation.target)}
      </div>
      <label className="inline-field">
        <span>Date</span>
        <input
          placeholder="e.g. 2014-07"
          title="Optional. A partial date: 2014, 2014-07 or 2014-07-02."
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </label>
      <EvidenceChecklist
        evidence={evidence}
        selected={selected}
        onChange={setSelected}
        emptyHint="No passage is linked to either card yet. Link passages to them in the Reader, then choose them here."
      />
      <div className="add-relation-foot">
        <span className="spacer" />
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save relation'}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

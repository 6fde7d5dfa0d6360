import { useEffect, useRef, useState, type FormEvent } from 'react';
import { type EntityCard, type EntityRef, type EntityType, type PassageRef, type RelationType } from '../../../../../shared/domain';
import { useAction } from '../../../api/useAction';
import { EntityPicker } from '../../../components/EntityPicker';
import { startEvidencePick, type PendingEvidence } from '../../../lib/pendingEvidence';
import { EvidenceChecklist } from './EvidenceChecklist';
import { EvidenceFinder } from './EvidenceFinder';
import { cancelOnEscape, chosenEvidence, RelationTypeFields } from './RelationTypeFields';
import { relationDraftError, relationDraftFields } from './relationDraft';
import { useEvidenceCandidates } from './useEvidenceCandidates';

/**
 * A relation read as a sentence: [this card] [type] [other card], or the other way round (⇄), with a
 * date and the passages that support it: linked to either card, in a clipping naming both, found by
 * a passage search, or selected in the Reader. Esc cancels. The core refuses a self-relation, a
 * duplicate or a membership loop; its reason is shown here. `returned` is the draft back from the Reader.
 */
export function AddRelationForm(props: { card: EntityCard; returned?: PendingEvidence | null; onCancel: () => void; onAdded: () => void }) {
  const { card } = props;
  const draft = props.returned?.draft;
  const picked = props.returned?.done?.passage ?? null;
  const [type, setType] = useState<RelationType>(draft?.type ?? 'member_of');
  const [label, setLabel] = useState(draft?.label ?? '');
  const [other, setOther] = useState<EntityRef | null>(draft?.other ?? null);
  // true: "this → other"; false: "other → this".
  const [outgoing, setOutgoing] = useState(draft?.outgoing ?? true);
  const [date, setDate] = useState(draft?.date ?? '');
  const [selected, setSelected] = useState<Set<string>>(() => new Set([...(draft?.selected ?? []), ...(picked ? [picked.id] : [])]));
  const [added, setAdded] = useState<PassageRef[]>(() => [...(draft?.extra ?? []), ...(picked ? [picked] : [])]);
  const { run, busy, error, setError } = useAction();
  // Busy with the relation itself, not with a new other card.
  const saving = busy && other !== null;
  const dateInput = useRef<HTMLInputElement>(null);
  const evidence = useEvidenceCandidates(card, other?.id ?? null, undefined, added);

  function addPassage(passage: PassageRef) {
    setAdded((list) => [...list, passage]);
    setSelected((ids) => new Set([...ids, passage.id]));
  }

  function selectInReader(clippingId: string) {
    startEvidencePick(card, { type, label, other, outgoing, date, selected: [...selected], extra: added }, clippingId);
  }

  // The picker goes once a card is chosen; the keyboard carries on at the date.
  useEffect(() => {
    if (other) dateInput.current?.focus();
  }, [other]);

  async function createOther(name: string, entityType: EntityType) {
    const result = await run('entities.create', { name, type: entityType }, `Could not create “${name}”`);
    if (result.ok) setOther(result.value);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!other) return setError('Choose the other card first.');
    const draft = { type, label, date };
    const problem = relationDraftError(draft);
    if (problem) return setError(problem);
    const [sourceId, targetId] = outgoing ? [card.id, other.id] : [other.id, card.id];
    const fields = { ...relationDraftFields(draft), evidence: chosenEvidence(evidence.candidates, selected) };
    const result = await run('relations.create', { sourceId, targetId, ...fields }, 'Not added');
    if (result.ok) props.onAdded();
  }

  // The picker handles its own Esc (and marks it handled); anywhere else in the form Esc cancels.
  const onKeyDown = cancelOnEscape(props.onCancel);

  const thisEnd = <span className="relation-self">{card.name}</span>;
  const otherEnd = other ? (
    <span className="tag-chip relation-other">
      {other.name}
      <button type="button" aria-label={`Choose another card than ${other.name}`} onClick={() => setOther(null)}>
        ×
      </button>
    </span>
  ) : (
    <span className="relation-placeholder">the other card</span>
  );

  return (
    <form className="add-relation" aria-label="Add relation" onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown}>
      <div className="add-relation-sentence">
        {outgoing ? thisEnd : otherEnd}
        <RelationTypeFields type={type} label={label} onType={setType} onLabel={setLabel} />
        {outgoing ? otherEnd : thisEnd}
        <button type="button" className="icon-button" aria-label="Swap direction" title="Swap direction" onClick={() => setOutgoing(!outgoing)}>
          ⇄
        </button>
      </div>
      {!other && (
        <EntityPicker
          label="Other card"
          autoFocus
          excludeIds={[card.id]}
          onPick={(entity) => {
            setOther(entity);
            setError(null);
          }}
          onCreate={(name, entityType) => void createOther(name, entityType)}
          onCancel={props.onCancel}
        />
      )}
      <label className="inline-field">
        <span>Date</span>
        <input
          ref={dateInput}
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
        emptyHint={
          other
            ? 'No passage is linked to either card or marked in a clipping naming both. Search passages, or select in the Reader.'
            : 'No passage is linked to this card yet; choose the other card to offer its passages too.'
        }
      />
      <EvidenceFinder
        clippings={evidence.clippings}
        offeredIds={new Set(evidence.candidates.map((ref) => ref.id))}
        onAdd={addPassage}
        onSelectInReader={selectInReader}
      />
      <div className="add-relation-foot">
        <span className="spacer" />
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={saving || !other}>
          {saving ? 'Adding…' : 'Add relation'}
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

import { countOf } from '../../lib/format';

/**
 * One fixed-height line under the filters: what is listed, what is selected, and the bulk
 * actions (always there, disabled without a selection, so nothing moves when rows are picked).
 */
export function SelectionBar(props: {
  trash: boolean;
  count: number;
  working: string | null;
  summary: string;
  problem: string | null;
  onTag: () => void;
  onTrash: () => void;
  onRestore: () => void;
}) {
  const none = props.count === 0 || props.working !== null;
  return (
    <div className="selection-bar" role="toolbar" aria-label="Selected clippings">
      <span className="selection-count" aria-live="polite" data-testid="selection-count">
        {props.working ?? (props.count === 0 ? 'None selected' : `${countOf(props.count, 'clipping')} selected`)}
      </span>
      {props.trash ? (
        <button type="button" onClick={props.onRestore} disabled={none}>
          Restore
        </button>
      ) : (
        <>
          <button type="button" onClick={props.onTag} disabled={none}>
            Tag…
          </button>
          <button type="button" onClick={props.onTrash} disabled={none} title="Move to Trash (Delete)">
            Move to Trash
          </button>
        </>
      )}
      {props.problem ? (
        <span className="selection-problem" role="alert">
          {props.problem}
        </span>
      ) : (
        <span className="list-summary" data-testid="list-summary">
          {props.summary}
        </span>
      )}
    </div>
  );
}

import type { ClippingPatch } from '../../../../shared/contract';
import type { Clipping } from '../../../../shared/domain';
import { isPartialDate } from '../../../../shared/partial-date';
import { SaveStatus, type SaveStatusState } from '../../components/SaveStatus';
import { TagEditor } from '../../components/TagEditor';
import { formatCaptured } from '../../lib/format';
import { EditableField } from './EditableField';
import { GradingFields } from './GradingFields';
import { sourceWords } from './sourceWords';
import './detailsPanel.css';

/** Everything about a clipping that the analyst may correct, and what is fixed about where it came from. */
export function DetailsPanel(props: {
  clipping: Clipping;
  status: SaveStatusState;
  onSave: (patch: ClippingPatch) => Promise<string | null>;
  onShowOriginal: () => void;
  onTrash: () => void;
  onRestore: () => void;
}) {
  const { clipping, onSave } = props;
  const text = (key: 'outlet' | 'byline' | 'url' | 'lang') => (value: string | null) => onSave({ [key]: value });
  const source = sourceWords(clipping);
  return (
    <aside className="details" aria-label="Clipping details" data-testid="details-panel">
      <div className="details-head">
        <h2>Details</h2>
        <SaveStatus status={props.status} testId="details-status" />
      </div>
      <EditableField
        label="Title"
        value={clipping.title}
        wide
        validate={(v) => (v === '' ? 'A title cannot be empty.' : null)}
        onSave={(v) => onSave({ title: v ?? '' })}
      />
      <EditableField label="Outlet" value={clipping.outlet} placeholder="e.g. IB Times" onSave={text('outlet')} />
      <EditableField label="Byline" value={clipping.byline} placeholder="Author" onSave={text('byline')} />
      <EditableField
        label="Published"
        value={clipping.publishedAt}
        placeholder="YYYY-MM-DD"
        hint="A partial date: the year, the month, or the day."
        validate={(v) => (v === '' || isPartialDate(v) ? null : 'A date is written 2014, 2014-07 or 2014-07-02.')}
        onSave={(v) => onSave({ publishedAt: v })}
      />
      <EditableField label="Language" value={clipping.lang} placeholder="e.g. en, ar" onSave={text('lang')} />
      <EditableField
        label="URL"
        value={clipping.url}
        wide
        placeholder="Where it was published"
        hint="Kept as text; the notebook never opens it."
        onSave={text('url')}
      />
      {clipping.url && (
        <p className="inert-url" data-testid="inert-url" title="Shown as text: the notebook never opens links.">
          {clipping.url}
        </p>
      )}
      <TagEditor inputId="reader-tag-input" className="detail-field detail-field-wide" tags={clipping.tags} onSave={(tags) => onSave({ tags })} />
      <GradingFields reliability={clipping.reliability} credibility={clipping.credibility} onSave={onSave} />
      <dl className="provenance">
        <dt>Captured</dt>
        <dd>{formatCaptured(clipping.capturedAt)}</dd>
        <dt>Source</dt>
        <dd data-testid="details-source" title={source.reader}>
          {source.origin}
        </dd>
        <dt>Words</dt>
        <dd>{clipping.wordCount.toLocaleString('en-US')}</dd>
        <dt>SHA-256</dt>
        <dd title={clipping.sha256}>
          <code>{clipping.sha256.slice(0, 16)}…</code>
        </dd>
      </dl>
      <div className="details-actions">
        <button type="button" onClick={props.onShowOriginal}>
          Show original
        </button>
        {clipping.trashedAt ? (
          <button type="button" onClick={props.onRestore}>
            Restore
          </button>
        ) : (
          <button type="button" className="danger" onClick={props.onTrash}>
            Move to Trash
          </button>
        )}
      </div>
    </aside>
  );
}

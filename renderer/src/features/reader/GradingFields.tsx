import {
  CREDIBILITY_GRADES,
  CREDIBILITY_MEANING,
  RELIABILITY_GRADES,
  RELIABILITY_MEANING,
  formatGrade,
  type Credibility,
  type Reliability,
} from '../../../../shared/grading';
import type { ClippingPatch } from '../../../../shared/contract';

/** NATO/Admiralty grading: how reliable the source is (A–F), how credible this report is (1–6). */
export function GradingFields(props: {
  reliability: Reliability | null;
  credibility: Credibility | null;
  onSave: (patch: ClippingPatch) => Promise<string | null>;
}) {
  const grade = formatGrade(props.reliability, props.credibility);
  return (
    <fieldset className="grading">
      <legend>
        Grade{' '}
        <span className="grade-badge" data-testid="reader-grade">
          {grade || 'not graded'}
        </span>
      </legend>
      <label className="detail-field">
        <span>Source reliability</span>
        <select value={props.reliability ?? ''} onChange={(e) => void props.onSave({ reliability: (e.target.value || null) as Reliability | null })}>
          <option value="">Not graded</option>
          {RELIABILITY_GRADES.map((g) => (
            <option key={g} value={g}>
              {g} — {RELIABILITY_MEANING[g]}
            </option>
          ))}
        </select>
      </label>
      <label className="detail-field">
        <span>Information credibility</span>
        <select
          value={props.credibility ?? ''}
          onChange={(e) => void props.onSave({ credibility: e.target.value ? (Number(e.target.value) as Credibility) : null })}
        >
          <option value="">Not graded</option>
          {CREDIBILITY_GRADES.map((g) => (
            <option key={g} value={g}>
              {g} — {CREDIBILITY_MEANING[g]}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

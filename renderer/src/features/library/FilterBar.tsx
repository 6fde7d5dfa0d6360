import { useEffect, useState } from 'react';
import type { FacetValue, LibraryFacets } from '../../../../shared/domain';
import {
  CREDIBILITY_GRADES,
  CREDIBILITY_MEANING,
  RELIABILITY_GRADES,
  RELIABILITY_MEANING,
  type Credibility,
  type Reliability,
} from '../../../../shared/grading';
import { isPartialDate } from '../../../../shared/partial-date';
import { hasFilters, withFilter, type LibraryFilter } from './filters';

const DATE_HINT = 'A date is written 2014, 2014-07 or 2014-07-02.';

/** Outlet, tag, grade and published-date filters in one dense row. */
export function FilterBar(props: {
  filter: LibraryFilter;
  facets: LibraryFacets | null;
  onChange: (filter: LibraryFilter) => void;
  onDateError: (message: string | null) => void;
}) {
  const { filter, onChange } = props;
  const set = <K extends keyof LibraryFilter>(key: K, value: LibraryFilter[K] | undefined) => onChange(withFilter(filter, key, value));
  return (
    <div className="filter-bar" role="search" aria-label="Filter clippings">
      <FacetSelect label="Outlet" allLabel="All outlets" values={props.facets?.outlets ?? []} value={filter.outlet} onChange={(v) => set('outlet', v)} />
      <FacetSelect label="Tag" allLabel="All tags" values={props.facets?.tags ?? []} value={filter.tag} onChange={(v) => set('tag', v)} />
      <select
        aria-label="Reliability"
        value={filter.reliability ?? ''}
        onChange={(e) => set('reliability', (e.target.value || undefined) as Reliability | undefined)}
      >
        <option value="">Any reliability</option>
        {RELIABILITY_GRADES.map((grade) => (
          <option key={grade} value={grade}>
            {grade} — {RELIABILITY_MEANING[grade]}
          </option>
        ))}
      </select>
      <select
        aria-label="Credibility"
        value={filter.credibility ?? ''}
        onChange={(e) => set('credibility', e.target.value ? (Number(e.target.value) as Credibility) : undefined)}
      >
        <option value="">Any credibility</option>
        {CREDIBILITY_GRADES.map((grade) => (
          <option key={grade} value={grade}>
            {grade} — {CREDIBILITY_MEANING[grade]}
          </option>
        ))}
      </select>
      <span className="filter-dates">
        Published
        <PartialDateFilter
          label="Published from"
          placeholder="from"
          value={filter.publishedFrom}
          onApply={(v) => set('publishedFrom', v)}
          onError={props.onDateError}
        />
        –
        <PartialDateFilter
          label="Published to"
          placeholder="to"
          value={filter.publishedTo}
          onApply={(v) => set('publishedTo', v)}
          onError={props.onDateError}
        />
      </span>
      <button type="button" onClick={() => onChange({})} disabled={!hasFilters(filter)}>
        Clear filters
      </button>
    </div>
  );
}

function FacetSelect(props: {
  label: string;
  allLabel: string;
  values: FacetValue[];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  // The chosen value stays listed even when no clipping has it any more.
  const values = props.value && !props.values.some((v) => v.value === props.value) ? [{ value: props.value, count: 0 }, ...props.values] : props.values;
  return (
    <select aria-label={props.label} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value || undefined)}>
      <option value="">{props.allLabel}</option>
      {values.map((v) => (
        <option key={v.value} value={v.value}>
          {v.value} ({v.count.toLocaleString('en-US')})
        </option>
      ))}
    </select>
  );
}

/** Applied on Enter or leaving the field, so a half-typed year is not an error. */
function PartialDateFilter(props: {
  label: string;
  placeholder: string;
  value: string | undefined;
  onApply: (value: string | undefined) => void;
  onError: (message: string | null) => void;
}) {
  const [text, setText] = useState(props.value ?? '');
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setText(props.value ?? ''), [props.value]);
  const apply = () => {
    const value = text.trim();
    if (value !== '' && !isPartialDate(value)) {
      setInvalid(true);
      props.onError(`${props.label}: “${value}” is not a date. ${DATE_HINT}`);
      return;
    }
    setInvalid(false);
    props.onError(null);
    if (value !== (props.value ?? '')) props.onApply(value || undefined);
  };
  return (
    <input
      className="date-filter"
      aria-label={props.label}
      aria-invalid={invalid}
      placeholder={props.placeholder}
      title={DATE_HINT}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={apply}
      onKeyDown={(e) => {
        if (e.key === 'Enter') apply();
      }}
    />
  );
}

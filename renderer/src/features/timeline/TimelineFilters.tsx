// The Timeline's filter bar: cards (several), type, tag, grade and a date range. Typed dates are used
// once they are whole dates; a wrong one says what to type instead.
import { memo } from 'react';
import type { TimelineFacets } from '../../../../shared/timeline/types';
import { dateProblem, GRADE_CHOICES, hasFilters, NO_FILTER, rangeProblem, type TimelineViewFilter } from './timelineFilter';

function FacetSelect(props: {
  label: string;
  any: string;
  value: string | null;
  values: Array<{ value: string; count?: number }>;
  onChange: (value: string | null) => void;
}) {
  // A chosen value the facets no longer list stays choosable.
  const values = props.value && !props.values.some((v) => v.value === props.value) ? [...props.values, { value: props.value }] : props.values;
  return (
    <select aria-label={props.label} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value || null)}>
      <option value="">{props.any}</option>
      {values.map((v) => (
        <option key={v.value} value={v.value}>
          {v.count === undefined ? v.value : `${v.value} (${v.count.toLocaleString('en-US')})`}
        </option>
      ))}
    </select>
  );
}

/** Memoised: the view above it redraws on every pan and zoom, and its lists of cards and grades do not change then. */
export const TimelineFilters = memo(function TimelineFilters(props: {
  filter: TimelineViewFilter;
  facets: TimelineFacets | null;
  onChange: (filter: TimelineViewFilter) => void;
}) {
  const { filter, facets, onChange } = props;
  const chosen = new Set(filter.cards.map((card) => card.id));
  const cards = (facets?.participants ?? []).filter((card) => !chosen.has(card.id));
  const problem = dateProblem(filter.from) ?? dateProblem(filter.to) ?? rangeProblem(filter);
  return (
    <div className="tl-filters" role="group" aria-label="Filter events">
      <div className="tl-card-filter">
        {filter.cards.map((card) => (
          <span key={card.id} className="tag-chip">
            {card.name}
            <button
              type="button"
              aria-label={`Stop filtering by ${card.name}`}
              onClick={() => onChange({ ...filter, cards: filter.cards.filter((c) => c.id !== card.id) })}
            >
              ×
            </button>
          </span>
        ))}
        <select
          aria-label="Card"
          value=""
          onChange={(e) => {
            const card = cards.find((c) => c.id === e.target.value);
            if (card) onChange({ ...filter, cards: [...filter.cards, { id: card.id, type: card.type, name: card.name }] });
          }}
        >
          <option value="">{filter.cards.length ? 'Or card…' : 'Any card'}</option>
          {cards.map((card) => (
            <option key={card.id} value={card.id}>
              {card.name} ({card.count.toLocaleString('en-US')})
            </option>
          ))}
        </select>
      </div>
      <FacetSelect label="Type" any="Any type" value={filter.type} values={facets?.types ?? []} onChange={(type) => onChange({ ...filter, type })} />
      <FacetSelect label="Tag" any="Any tag" value={filter.tag} values={facets?.tags ?? []} onChange={(tag) => onChange({ ...filter, tag })} />
      <FacetSelect
        label="Grade"
        any="Any grade"
        value={filter.grade}
        values={GRADE_CHOICES.map((value) => ({ value }))}
        onChange={(grade) => onChange({ ...filter, grade })}
      />
      <span className="tl-range">
        <label className="tl-date-filter">
          From
          <input
            type="text"
            inputMode="numeric"
            placeholder="2014-06"
            size={10}
            value={filter.from}
            aria-invalid={dateProblem(filter.from) !== null}
            onChange={(e) => onChange({ ...filter, from: e.target.value })}
          />
        </label>
        <label className="tl-date-filter">
          To
          <input
            type="text"
            inputMode="numeric"
            placeholder="2015"
            size={10}
            value={filter.to}
            aria-invalid={dateProblem(filter.to) !== null}
            onChange={(e) => onChange({ ...filter, to: e.target.value })}
          />
        </label>
      </span>
      {hasFilters(filter) && (
        <button type="button" className="tl-clear" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </button>
      )}
      {problem && (
        <p className="tl-filter-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
});

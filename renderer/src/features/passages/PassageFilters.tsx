// The filter bar of the Passages place: colour, label, linked card and clipping, each cleared on its
// own or all at once. Nothing here moves the list: the card finder opens over it.
import { useState } from 'react';
import { PASSAGE_COLORS, type FacetValue } from '../../../../shared/domain';
import { EntityPicker } from '../../components/EntityPicker';
import { hasFilters, without, type PassageFilter } from './passageFilter';

export function PassageFilters(props: {
  filter: PassageFilter;
  onChange: (filter: PassageFilter) => void;
  labels: FacetValue[];
  /** Clippings seen among the passages listed so far, for the clipping choice. */
  clippings: Array<{ id: string; title: string }>;
}) {
  const { filter, onChange } = props;
  const [pickingEntity, setPickingEntity] = useState(false);
  // A chosen label the facets no longer list (its last passage was relabelled) stays choosable.
  const labels = filter.label && !props.labels.some((l) => l.value === filter.label) ? [...props.labels, { value: filter.label, count: 0 }] : props.labels;

  return (
    <div className="passages-filters" role="group" aria-label="Filter passages">
      <div className="passages-color-filter" role="group" aria-label="Colour">
        {PASSAGE_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            className={`passages-swatch passages-swatch-${color} passages-color-choice`}
            aria-pressed={filter.color === color}
            aria-label={`Only ${color}`}
            title={`Only ${color} passages`}
            onClick={() => onChange(filter.color === color ? without(filter, 'color') : { ...filter, color })}
          />
        ))}
      </div>
      <select
        aria-label="Label"
        value={filter.label ?? ''}
        onChange={(e) => onChange(e.target.value ? { ...filter, label: e.target.value } : without(filter, 'label'))}
      >
        <option value="">Any label</option>
        {labels.map((label) => (
          <option key={label.value} value={label.value}>
            {label.value} ({label.count.toLocaleString('en-US')})
          </option>
        ))}
      </select>
      <select
        aria-label="Clipping"
        className="passages-clipping-filter"
        value={filter.clipping?.id ?? ''}
        onChange={(e) => {
          const clipping = props.clippings.find((c) => c.id === e.target.value);
          onChange(clipping ? { ...filter, clipping } : without(filter, 'clipping'));
        }}
      >
        <option value="">Any clipping</option>
        {props.clippings.map((clipping) => (
          <option key={clipping.id} value={clipping.id}>
            {clipping.title}
          </option>
        ))}
      </select>
      <div className="passages-entity-filter">
        {filter.entity ? (
          <span className="tag-chip passages-entity-chip">
            Linked to {filter.entity.name}
            <button type="button" aria-label={`Stop filtering by ${filter.entity.name}`} onClick={() => onChange(without(filter, 'entity'))}>
              ×
            </button>
          </span>
        ) : (
          <button type="button" aria-expanded={pickingEntity} onClick={() => setPickingEntity((open) => !open)}>
            Linked card…
          </button>
        )}
        {pickingEntity && !filter.entity && (
          <div className="passages-entity-popover">
            <EntityPicker
              label="Passages linked to"
              autoFocus
              onPick={(entity) => {
                setPickingEntity(false);
                onChange({ ...filter, entity: { id: entity.id, type: entity.type, name: entity.name } });
              }}
              onCancel={() => setPickingEntity(false)}
            />
          </div>
        )}
      </div>
      {hasFilters(filter) && (
        <button type="button" className="passages-clear" onClick={() => onChange({})}>
          Clear filters
        </button>
      )}
    </div>
  );
}

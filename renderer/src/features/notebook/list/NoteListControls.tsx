// The Notes list's controls: find by title, sort, and filter by folder and tag (with how many notes each has).
import type { FacetValue, NoteFacets } from '../../../../../shared/domain';
import type { NoteListFilters, NoteSort } from './useNotesList';

export function NoteListControls(props: { filters: NoteListFilters; facets: NoteFacets; onChange: (filters: NoteListFilters) => void }) {
  const { filters, facets } = props;
  const set = (patch: Partial<NoteListFilters>) => props.onChange({ ...filters, ...patch });
  return (
    <>
      <div className="nb-list-controls">
        <input
          type="search"
          aria-label="Find notes by title"
          placeholder="Find by title"
          value={filters.query}
          onChange={(e) => set({ query: e.target.value })}
        />
        <select aria-label="Sort notes" value={filters.sort} onChange={(e) => set({ sort: e.target.value as NoteSort })}>
          <option value="updated">Last edited</option>
          <option value="title">Title</option>
        </select>
      </div>
      <div className="nb-list-controls">
        <FacetSelect label="Folder" all="All folders" values={facets.folders} chosen={filters.folder} onChoose={(folder) => set({ folder })} />
        <FacetSelect label="Tag" all="All tags" values={facets.tags} chosen={filters.tag} onChoose={(tag) => set({ tag })} />
      </div>
    </>
  );
}

function FacetSelect(props: { label: string; all: string; values: FacetValue[]; chosen: string | null; onChoose: (value: string | null) => void }) {
  const { chosen } = props;
  // The chosen value stays offered when its last note leaves it, so the select still says what filters.
  const values = chosen !== null && !props.values.some((v) => v.value === chosen) ? [...props.values, { value: chosen, count: 0 }] : props.values;
  return (
    <select aria-label={props.label} value={chosen ?? ''} onChange={(e) => props.onChoose(e.target.value || null)}>
      <option value="">{props.all}</option>
      {values.map((facet) => (
        <option key={facet.value} value={facet.value}>
          {facet.value} ({facet.count.toLocaleString('en-US')})
        </option>
      ))}
    </select>
  );
}

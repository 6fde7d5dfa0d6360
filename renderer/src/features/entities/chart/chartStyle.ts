// How types look on the chart. Colours live in chart.css as light-dark() variables; the canvas reads
// them resolved (see readPalette), so both themes come from one place.
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../../../../../shared/domain';

/** Line dash per relation type, so types stay apart even for readers who cannot tell the colours apart. */
export const RELATION_DASH: Record<RelationType, number[]> = {
  member_of: [],
  leader_of: [],
  allied_with: [6, 3],
  opposed_to: [2, 3],
  located_in: [1, 4],
  pledged_allegiance_to: [8, 3, 2, 3],
  other: [4, 4],
};

/** Wider lines for the relations that make a hierarchy. */
export const RELATION_WIDTH: Record<RelationType, number> = {
  member_of: 1,
  leader_of: 1.8,
  allied_with: 1,
  opposed_to: 1.2,
  located_in: 1,
  pledged_allegiance_to: 1.4,
  other: 1,
};

export const entityColorVar = (type: EntityType) => `--chart-entity-${type}`;
export const relationColorVar = (type: RelationType) => `--chart-relation-${type.replaceAll('_', '-')}`;

export interface Palette {
  entity: Record<EntityType, string>;
  relation: Record<RelationType, string>;
  label: string;
  halo: string;
  highlight: string;
}

/** The chart's colours as the page resolves them now (light-dark() picks by the current scheme). */
export function readPalette(host: HTMLElement): Palette {
  const probe = document.createElement('span');
  probe.hidden = true;
  host.appendChild(probe);
  const resolve = (variable: string) => {
    probe.style.color = `var(${variable})`;
    return getComputedStyle(probe).color;
  };
  const palette: Palette = {
    entity: Object.fromEntries(ENTITY_TYPES.map((t) => [t, resolve(entityColorVar(t))])) as Record<EntityType, string>,
    relation: Object.fromEntries(RELATION_TYPES.map((t) => [t, resolve(relationColorVar(t))])) as Record<RelationType, string>,
    label: resolve('--fg'),
    halo: resolve('--bg-raised'),
    highlight: resolve('--accent'),
  };
  probe.remove();
  return palette;
}

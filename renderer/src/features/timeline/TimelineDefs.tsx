// Gradients for soft edges (approximate or uncertain dates) and open ends (fading out), one set per
// colour of mark. Stop colours come from CSS classes, so the picture export inlines them like the rest.
export const MARK_TONES = ['event', 'relation', 'conflict'] as const;
export type MarkTone = (typeof MARK_TONES)[number];

/** Opacity stops from the left edge to the right: a soft edge ramps in, an open end fades away. */
const FADES = {
  soft: [0, 1, 1, 0],
  'open-start': [0, 1, 1, 1],
  'open-end': [1, 1, 1, 0],
  'soft-open-start': [0, 1, 1, 0],
  'soft-open-end': [0, 1, 1, 0],
} as const;
const OFFSETS: Record<keyof typeof FADES, number[]> = {
  soft: [0, 0.2, 0.8, 1],
  'open-start': [0, 0.6, 0.8, 1],
  'open-end': [0, 0.2, 0.4, 1],
  'soft-open-start': [0, 0.6, 0.8, 1],
  'soft-open-end': [0, 0.2, 0.4, 1],
};
export type FadeKind = keyof typeof FADES;

export function fadeId(tone: MarkTone, fade: FadeKind): string {
  return `tl-fade-${tone}-${fade}`;
}

export function TimelineDefs() {
  return (
    <defs>
      {MARK_TONES.flatMap((tone) =>
        (Object.keys(FADES) as FadeKind[]).map((fade) => (
          <linearGradient key={`${tone}-${fade}`} id={fadeId(tone, fade)} x1="0" x2="1" y1="0" y2="0">
            {FADES[fade].map((opacity, i) => (
              <stop key={i} className={`tl-stop tl-stop-${tone}`} offset={OFFSETS[fade][i]} stopOpacity={opacity} />
            ))}
          </linearGradient>
        )),
      )}
    </defs>
  );
}

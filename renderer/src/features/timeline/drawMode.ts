// How the chart is drawn. `?naive-timeline` in the page's address (set only by `npm run bench --
// timeline`) draws every event as its own element, re-laid out on every frame: the comparison the
// bench measures ours against, in the same run.
export const NAIVE_DRAW = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('naive-timeline');

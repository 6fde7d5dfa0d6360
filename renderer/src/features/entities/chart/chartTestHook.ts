// What the chart tells e2e tests through the page: where a card is drawn now, in page coordinates,
// so a test can click it as a person would.
export interface LinkChartTestHook {
  positionOf(id: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __linkChart?: LinkChartTestHook;
  }
}

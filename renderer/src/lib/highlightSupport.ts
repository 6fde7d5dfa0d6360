/** Whether this browser can paint CSS highlights (Chromium 105+, so Electron and the browser mode). */
export const canPaintHighlights = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

// Runs the force layout off the page's thread, so a thousand-card chart never freezes the window.
import { forceLayout, type LayoutInput } from './layout';

self.onmessage = (event: MessageEvent<LayoutInput>) => {
  const { xs, ys } = forceLayout(event.data);
  self.postMessage({ xs, ys }, { transfer: [xs.buffer, ys.buffer] });
};

// What the timeline bench measures inside the page, installed before the app's own scripts. A string,
// not a function: the bench runs under tsx, whose helpers do not exist in the page.

export interface DrawMeasure {
  /** From the navigation's start to the first frame with the chart's marks in it. */
  fromNavigation: number;
  /** From the last page of the chart's events (events.marks; events.list before it) arriving (its JSON read) to that frame. */
  fromData: number;
  /** SVG elements in the chart, and the distinct events drawn as marks. */
  elements: number;
  events: number;
}

export interface FrameMeasure {
  fps: number;
  longTasks: number;
  worstFrameMs: number;
}

export const IN_PAGE_PROBES = `(() => {
  let dataAt = null;
  const realFetch = window.fetch.bind(window);
  window.fetch = async (...args) => {
    const response = await realFetch(...args);
    if (['/rpc/events.marks', '/rpc/events.list'].some((method) => String(args[0]).includes(method))) {
      const readJson = response.json.bind(response);
      response.json = async () => {
        const value = await readJson();
        dataAt = performance.now();
        return value;
      };
    }
    return response;
  };
  window.__timelineDrawn = new Promise((resolve) => {
    const check = () => {
      const chart = document.querySelector('[data-testid="timeline-chart"]');
      if (chart && chart.querySelector('.tl-mark') && dataAt !== null) {
        const now = performance.now();
        const events = new Set([...chart.querySelectorAll('.tl-mark')].map((mark) => mark.getAttribute('data-event-id')));
        resolve({ fromNavigation: now, fromData: now - dataAt, elements: chart.querySelectorAll('svg *').length, events: events.size });
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  window.__timelineFrames = (kind, steps) => new Promise((resolve) => {
    const chart = document.querySelector('[data-testid="timeline-chart"]');
    const box = chart.getBoundingClientRect();
    let longTasks = 0;
    const observer = new PerformanceObserver((list) => (longTasks += list.getEntries().length));
    observer.observe({ type: 'longtask' });
    let done = 0;
    let started = null;
    let last = 0;
    let worst = 0;
    const step = (now) => {
      if (started === null) started = now;
      else worst = Math.max(worst, now - last);
      last = now;
      if (done === steps) {
        observer.disconnect();
        resolve({ fps: (steps * 1000) / (now - started), longTasks, worstFrameMs: worst });
        return;
      }
      const zoomingIn = done < steps / 2;
      const wheel = kind === 'pan' ? { deltaY: 24, shiftKey: true } : { deltaY: zoomingIn ? -40 : 40, ctrlKey: true };
      const at = { clientX: box.left + 160 + (box.width - 160) / 2, clientY: box.top + 80 };
      chart.dispatchEvent(new WheelEvent('wheel', { ...wheel, ...at, bubbles: true, cancelable: true }));
      done++;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
})()`;

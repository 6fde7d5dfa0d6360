// The tick marks of the time axis: d3-scale's calendar ticks (hours, days, weeks, months, years,
// decades, centuries) at the finest step whose ticks stay apart on screen, with labels that say what
// the step is. Years 1 to 9999 work: d3 reads UTC dates, and the labels never pad or shift a year.
import { DAY, HOUR, scaleFor, type TimeWindow } from './timeScale';

export type TickUnit = 'year' | 'month' | 'day' | 'hour';

export interface TickStep {
  unit: TickUnit;
  count: number;
}

export interface Tick {
  time: number;
  label: string;
  /** A tick that starts a bigger unit (a year among months, a month among days): drawn stronger. */
  major: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface ChosenTicks {
  step: TickStep;
  times: number[];
}

/** The finest step whose ticks are at least `minSpacing` pixels apart. */
export function chooseStep(window: TimeWindow, width: number, minSpacing = 72): TickStep {
  return chooseTicks(window, width, minSpacing).step;
}

/** The ticks inside the window, labelled for the step (the first tick carries the context a reader needs). */
export function ticksFor(window: TimeWindow, width: number, minSpacing = 72): Tick[] {
  const { step, times } = chooseTicks(window, width, minSpacing);
  return times.map((time, index) => ({ time, label: labelFor(time, step, index === 0), major: isMajor(time, step) }));
}

/** Asks d3 for fewer ticks until they are far enough apart (its choice aims at a count, not a spacing); never finer than an hour. */
function chooseTicks(window: TimeWindow, width: number, minSpacing: number): ChosenTicks {
  const scale = scaleFor(window, width);
  const span = window.end - window.start;
  let count = Math.max(1, Math.min(Math.floor(width / minSpacing), Math.floor(span / HOUR)));
  for (;;) {
    const times = scale.ticks(count).map((date) => date.getTime());
    const step = stepOf(times);
    if (count <= 1 || (step.approx / span) * width >= minSpacing) return { step: step.step, times };
    count = Math.max(1, Math.floor(count * 0.8));
  }
}

function parts(time: number) {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate(), hour: date.getUTCHours() };
}

/** The step d3 chose, read back from its ticks: the coarsest unit they all start, and how many of it lie between two. */
function stepOf(times: number[]): { step: TickStep; approx: number } {
  const all = times.map(parts);
  const [a, b] = [all[0], all[1]];
  if (!a || !b) return { step: { unit: 'year', count: 1 }, approx: Infinity };
  if (all.every((p) => p.month === 0 && p.day === 1 && p.hour === 0)) {
    const count = b.year - a.year;
    return { step: { unit: 'year', count }, approx: count * 365.2425 * DAY };
  }
  if (all.every((p) => p.day === 1 && p.hour === 0)) {
    const count = (b.year - a.year) * 12 + b.month - a.month;
    return { step: { unit: 'month', count }, approx: count * 30.4 * DAY };
  }
  const gap = Math.max(...times.slice(1).map((time, i) => time - times[i]!));
  if (all.every((p) => p.hour === 0)) return { step: { unit: 'day', count: Math.round(gap / DAY) }, approx: gap };
  return { step: { unit: 'hour', count: Math.round(gap / HOUR) }, approx: gap };
}

function isMajor(time: number, step: TickStep): boolean {
  const { year, month, day, hour } = parts(time);
  if (step.unit === 'year') return year % (step.count * 5) === 0 || (step.count === 1 && year % 10 === 0);
  if (step.unit === 'month') return month === 0;
  if (step.unit === 'day') return day === 1;
  return hour === 0;
}

export function labelFor(time: number, step: TickStep, first = false): string {
  const { year, month, day, hour } = parts(time);
  if (step.unit === 'year') return step.count === 10 ? `${year}s` : String(year);
  if (step.unit === 'month') return month === 0 || first ? `${MONTHS[month]} ${year}` : MONTHS[month]!;
  if (step.unit === 'day') return (month === 0 && day === 1) || first ? `${day} ${MONTHS[month]} ${year}` : `${day} ${MONTHS[month]}`;
  const clock = `${String(hour).padStart(2, '0')}:00`;
  return hour === 0 || first ? `${day} ${MONTHS[month]} ${first ? `${year} ` : ''}${clock}` : clock;
}

// The tick marks of the time axis: the finest calendar step whose ticks stay apart on screen (hours,
// days, months, years, decades, centuries), with labels that say what the step is.
import { DAY, HOUR, YEAR, utc, type TimeWindow } from './timeScale';

export type TickUnit = 'year' | 'month' | 'day' | 'hour';

export interface TickStep {
  unit: TickUnit;
  count: number;
  /** About how long one step lasts, for choosing. */
  approx: number;
}

const MONTH = YEAR / 12;
/** Finest first. */
export const TICK_STEPS: readonly TickStep[] = [
  ...[1, 3, 6, 12].map((count) => ({ unit: 'hour' as const, count, approx: count * HOUR })),
  ...[1, 2, 7].map((count) => ({ unit: 'day' as const, count, approx: count * DAY })),
  ...[1, 3, 6].map((count) => ({ unit: 'month' as const, count, approx: count * MONTH })),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500].map((count) => ({ unit: 'year' as const, count, approx: count * YEAR })),
];

export interface Tick {
  time: number;
  label: string;
  /** A tick that starts a bigger unit (a year among months, a month among days): drawn stronger. */
  major: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The finest step whose ticks are at least `minSpacing` pixels apart. */
export function chooseStep(window: TimeWindow, width: number, minSpacing = 72): TickStep {
  const msPerPixel = (window.end - window.start) / Math.max(1, width);
  return TICK_STEPS.find((step) => step.approx / msPerPixel >= minSpacing) ?? TICK_STEPS[TICK_STEPS.length - 1]!;
}

/** The ticks inside the window, labelled for the step (the first tick carries the context a reader needs). */
export function ticksFor(window: TimeWindow, width: number, minSpacing = 72): Tick[] {
  const step = chooseStep(window, width, minSpacing);
  const ticks: Tick[] = [];
  for (let time = firstTick(window.start, step); time <= window.end && ticks.length < 500; time = nextTick(time, step)) {
    if (time >= window.start) ticks.push({ time, label: labelFor(time, step, ticks.length === 0), major: isMajor(time, step) });
  }
  return ticks;
}

function parts(time: number) {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate(), hour: date.getUTCHours() };
}

function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month + 1, 1) - DAY).getUTCDate();
}

/** A tick on or before `time`, aligned to the step. */
function firstTick(time: number, step: TickStep): number {
  const { year, month, day, hour } = parts(time);
  if (step.unit === 'year') return utc(Math.max(1, year - (year % step.count)), 0, 1);
  if (step.unit === 'month') return utc(year, month - (month % step.count), 1);
  if (step.unit === 'day') return utc(year, month, 1);
  return utc(year, month, day, hour - (hour % step.count));
}

function nextTick(time: number, step: TickStep): number {
  const { year, month, day, hour } = parts(time);
  if (step.unit === 'year') return utc(year + step.count, 0, 1);
  if (step.unit === 'month') return utc(year, month + step.count, 1);
  if (step.unit === 'hour') return utc(year, month, day, hour + step.count);
  // Days restart on the 1st of each month; a day too close to the month's end for a full step is skipped.
  const next = day + step.count;
  return next + step.count - 1 <= daysInMonth(year, month) ? utc(year, month, next) : utc(year, month + 1, 1);
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

// Short human labels for EDTF dates, in the words of the timeline: "25 June 2014", "June 2014",
// "summer 2014", "the 2010s", "about 2014", "2014 (uncertain)", "2013 – 2014", "until 2013".
import type edtf from 'edtf';
import { seasonName } from './seasons';

type Parsed = ReturnType<typeof edtf>;
type Single = Extract<Parsed, { type: 'Date' | 'Year' | 'Decade' | 'Century' | 'Season' }>;
type Interval = Extract<Parsed, { type: 'Interval' }>;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function labelEdtf(parsed: Single | Interval): string {
  if (parsed.type !== 'Interval') return qualified(parsed);
  const lower = single(parsed.lower);
  const upper = single(parsed.upper);
  if (lower && upper) return `${qualified(lower)} – ${qualified(upper)}`;
  if (upper) return `until ${qualified(upper)}`;
  if (lower) return `from ${qualified(lower)}`;
  return 'any time';
}

function single(value: unknown): Single | null {
  return typeof value === 'object' && value !== null && 'edtf' in value ? (value as Single) : null;
}

function qualified(date: Single): string {
  const plain = plainLabel(date);
  const about = date.approximate?.value ? `about ${plain}` : plain;
  return date.uncertain?.value ? `${about} (uncertain)` : about;
}

function plainLabel(date: Single): string {
  if (date.type === 'Season') {
    const name = seasonName(date.season ?? 0) ?? 'season';
    return name === 'winter' ? `winter ${date.year}–${String(date.year + 1).slice(-2)}` : `${name} ${date.year}`;
  }
  const bare = date.edtf.replace(/[~?%]/g, '');
  const decade = /^(\d{3})X$/.exec(bare);
  if (decade) return `the ${decade[1]}0s`;
  const century = /^(\d{2})XX$/.exec(bare);
  if (century) return `the ${century[1]}00s`;
  const parts = /^(\d{4})(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?$/.exec(bare);
  if (!parts) return bare;
  const [, year, month, day] = parts;
  if (month === undefined) return String(Number(year));
  if (month === 'XX') return `${Number(year)} (month unknown)`;
  const monthYear = `${MONTHS[Number(month) - 1]} ${Number(year)}`;
  if (day === undefined) return monthYear;
  if (day === 'XX') return `${monthYear} (day unknown)`;
  return `${Number(day)} ${monthYear}`;
}

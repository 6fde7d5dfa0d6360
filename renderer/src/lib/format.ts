// How numbers, dates and grades read in the UI.
import { CREDIBILITY_MEANING, RELIABILITY_MEANING, formatGrade, type Credibility, type Reliability } from '../../../shared/grading';

/** "1 clipping", "100,000 clippings". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : plural}`;
}

/** A capture instant in the reader's locale, e.g. "2 Jul 2014, 10:04". */
export function formatCaptured(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The short form for dense lists: "2 Jul 2014". */
export function formatCapturedDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

export { formatGrade };

/** The grade's meaning in words, for tooltips: "B — Usually reliable · 2 — Probably true". */
export function gradeMeaning(reliability: Reliability | null, credibility: Credibility | null): string {
  const parts: string[] = [];
  parts.push(reliability ? `${reliability} — ${RELIABILITY_MEANING[reliability]}` : 'Reliability not graded');
  parts.push(credibility ? `${credibility} — ${CREDIBILITY_MEANING[credibility]}` : 'Credibility not graded');
  return parts.join(' · ');
}

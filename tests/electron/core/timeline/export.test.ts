// timeline.export: the filtered timeline as CSV, one row per event in time order, with every
// dating, the evidence with its source, and the grades; named after the clock's day.
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { TimelineExport } from '../../../../shared/timeline/types';
import { openCore } from '../../../../electron/core/core';
import { makeCard, makeClipping, markPassage } from '../../../helpers/entity-fixtures';
import { makeTempDir, valueOf } from '../../../helpers/temp-library';
import { makeEvent } from './timeline-fixtures';

const TEXT = 'The airport at Tabqa fell on 24 August 2014, "after a long siege", sources said.';

function openCoreAt(instant: string) {
  const core = { ...openCore(join(makeTempDir(), 'library.sqlite'), { logError: () => {}, clock: () => instant }), dir: '' };
  onTestFinished(() => core.close());
  return core;
}

/** A small RFC 4180 reader for the test: records of cells. */
function parseCsv(content: string): string[][] {
  const records: string[][] = [];
  let cell = '';
  let record: string[] = [];
  for (let i = 0; i < content.length; i++) {
    const char = content[i]!;
    if (char === '"') {
      const end = content.indexOf('"', i + 1);
      let stop = end;
      while (content[stop + 1] === '"') stop = content.indexOf('"', stop + 2);
      cell += content.slice(i + 1, stop).replace(/""/g, '"');
      i = stop;
    } else if (char === ',') {
      record.push(cell);
      cell = '';
    } else if (char === '\r' && content[i + 1] === '\n') {
      records.push([...record, cell]);
      record = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return records;
}

describe('timeline.export', () => {
  it('writes the filtered timeline as CSV with its evidence, grades and conflicts', async () => {
    const core = openCoreAt('2026-03-04T10:00:00.000Z');
    const clippingId = await makeClipping(core, TEXT);
    await core.dispatch('clippings.update', {
      id: clippingId,
      patch: { title: 'Tabqa, the last base', outlet: 'Enab Baladi', publishedAt: '2014-08-25', reliability: 'B', credibility: 2 },
    });
    const passage = await markPassage(core, clippingId, TEXT, TEXT);
    const is = await makeCard(core, { type: 'organization', name: 'Islamic State' });
    const tabqa = await makeCard(core, { type: 'place', name: 'Tabqa' });
    const event = await makeEvent(core, {
      title: '=Tabqa airbase falls',
      type: 'battle',
      date: '2014-08-24',
      participants: [is.id],
      placeId: tabqa.id,
      tags: ['sieges', 'airbases'],
      evidence: [passage.id],
    });
    await core.dispatch('events.addDating', { eventId: event.id, date: '2013' });
    await makeEvent(core, { title: 'Undated, kept', description: 'no date' });
    await makeEvent(core, { title: 'Outside the range', date: '2010' });

    const file = valueOf(await core.dispatch('timeline.export', { filter: { from: '2013' }, format: 'csv' })) as TimelineExport;
    expect(file).toMatchObject({ fileName: 'timeline-2026-03-04.csv', mimeType: 'text/csv;charset=utf-8' });
    expect(file.content.endsWith('\r\n')).toBe(true);
    expect(parseCsv(file.content)).toEqual([
      ['edtf', 'earliest', 'latest', 'title', 'type', 'participants', 'place', 'tags', 'evidence', 'grade best', 'grade worst', 'conflict'],
      [
        '2014-08-24 | 2013',
        '2013-01-01',
        '2014-08-24',
        "'=Tabqa airbase falls",
        'battle',
        'Islamic State',
        'Tabqa',
        'airbases | sieges',
        `${TEXT} — Tabqa, the last base, Enab Baladi, 2014-08-25, B2`,
        'B2',
        'B2',
        'yes',
      ],
      ['', '', '', 'Undated, kept', '', '', '', '', '', '', '', 'no'],
    ]);
  });
});

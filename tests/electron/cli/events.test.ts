// `events`, `events add`, `events suggest` and `timeline export` through the real command line, as
// scripts read them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../shared/timeline/types';
import { runCli } from '../../helpers/cli-process';
import { makeCard, relate } from '../../helpers/entity-fixtures';
import { makeTempDir, openTrackedCore } from '../../helpers/temp-library';

const TEXT = 'The group had fought for months. In 2013 it cut its ties with Al-Qaeda, a spokesman said.';

describe('cli events', () => {
  it('adds events, lists them in time order with dated relations, filtered, as JSON and as text', async () => {
    const dir = makeTempDir('notebook-cli-events');
    const library = join(dir, 'library.sqlite');
    const core = openTrackedCore(library, dir);
    const a = await makeCard(core, { type: 'person', name: 'Abu Omar' });
    const b = await makeCard(core, { type: 'organization', name: 'Islamic State' });
    const relation = await relate(core, a.id, 'pledged_allegiance_to', b.id, { date: '2014-06' });

    const added = await runCli(['events', 'add', 'Ties cut with Al-Qaeda', '--date', '2013', '--json', '--library', library]);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    const event = JSON.parse(added.stdout) as TimelineEvent;
    expect(event).toMatchObject({ kind: 'event', title: 'Ties cut with Al-Qaeda', datings: [{ edtf: '2013' }] });
    expect((await runCli(['events', 'add', 'Undated meeting', '--library', library])).stdout).toMatch(
      /^Added the event “Undated meeting” \(.+\), undated\.\n$/,
    );

    const listed = await runCli(['events', '--json', '--library', library]);
    expect(listed.code).toBe(0);
    const items = JSON.parse(listed.stdout) as TimelineEvent[];
    expect(items.map((item) => [item.kind, item.title])).toEqual([
      ['event', 'Ties cut with Al-Qaeda'],
      ['relation', 'Abu Omar pledged allegiance to Islamic State'],
      ['event', 'Undated meeting'],
    ]);
    expect(items[1]!.id).toBe(relation.id);

    const filtered = JSON.parse((await runCli(['events', '--json', '--from', '2014', '--entity', a.id, '--library', library])).stdout) as TimelineEvent[];
    expect(filtered.map((item) => item.title)).toEqual(['Abu Omar pledged allegiance to Islamic State']);
    const text = await runCli(['events', '--to', '2013', '--library', library]);
    expect(text.stdout).toBe('2013           Ties cut with Al-Qaeda\nundated        Undated meeting\n');

    const bad = await runCli(['events', 'add', 'Bad', '--date', '2014-02-30', '--library', library]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/date/);
    expect((await runCli(['events', '--from', '2015', '--to', '2014', '--library', library])).stderr).toMatch(/swap/);
  });

  it('suggests the dated statements of a clipping with offsets into its text', async () => {
    const dir = makeTempDir('notebook-cli-events');
    const library = join(dir, 'library.sqlite');
    writeFileSync(join(dir, 'clip.txt'), TEXT);
    const id = JSON.parse((await runCli(['import', join(dir, 'clip.txt'), '--library', library, '--json'])).stdout)[0].id as string;
    const run = await runCli(['events', 'suggest', id, '--json', '--library', library]);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(rows).toEqual([
      {
        text: '2013',
        start: TEXT.indexOf('2013'),
        end: TEXT.indexOf('2013') + 4,
        date: '2013',
        sentence: 'In 2013 it cut its ties with Al-Qaeda, a spokesman said.',
      },
    ]);
  });

  it('exports the timeline as CSV to stdout or to a file', async () => {
    const dir = makeTempDir('notebook-cli-events');
    const library = join(dir, 'library.sqlite');
    const core = openTrackedCore(library, dir);
    await core.dispatch('events.create', { title: '@risky, "quoted"', date: '2014-06' });

    const printed = await runCli(['timeline', 'export', '--csv', '--library', library]);
    expect(printed).toMatchObject({ code: 0, stderr: '' });
    expect(printed.stdout).toBe(
      'edtf,earliest,latest,title,type,participants,place,tags,evidence,grade best,grade worst,conflict\r\n' +
        `2014-06,2014-06-01,2014-06-30,"'@risky, ""quoted""",,,,,,,,no\r\n`,
    );
    const out = join(dir, 'timeline.csv');
    const written = await runCli(['timeline', 'export', '--csv', '--out', out, '--library', library]);
    expect(written.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
    expect((await runCli(['timeline', 'export', '--library', library])).stderr).toMatch(/--csv/);
    expect((await runCli(['timeline', 'export', '--csv', '--out', join(dir, 'missing', 'x.csv'), '--library', library])).stderr).toMatch(/does not exist/);
  });
});

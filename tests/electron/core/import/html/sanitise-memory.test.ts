// A long session sanitises thousands of pages on one jsdom window: what each call makes must be
// freed. The probe runs in its own Node with --expose-gc, so that the heap it measures is its own.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../helpers/corpus';

const run = promisify(execFile);
const PROBE = join(__dirname, 'sanitise-heap-probe.ts');
const CALLS = 120;
// When each parsed page stayed reachable, this page cost about 1.6 MB a call (190 MB over the run);
// freed, the calls leave under 1 MB behind.
const MAX_GROWTH_BYTES = 16 * 1024 * 1024;

describe('sanitiseHtml over a long session', () => {
  it(`frees what each call makes: the heap after ${CALLS} calls is within ${MAX_GROWTH_BYTES / 2 ** 20} MB of where it started`, async () => {
    const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', PROBE, String(CALLS)], {
      cwd: PROJECT_ROOT,
      maxBuffer: 1024 * 1024,
    });
    const { before, after } = JSON.parse(stdout) as { before: number; after: number };
    expect(after - before, `heap ${(before / 2 ** 20).toFixed(1)} MB → ${(after / 2 ** 20).toFixed(1)} MB`).toBeLessThan(MAX_GROWTH_BYTES);
  });
});

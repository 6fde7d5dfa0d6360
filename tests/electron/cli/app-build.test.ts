import { describe, expect, it } from 'vitest';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../../helpers/temp-library';
import { isBuildStale, newestMtime } from '../../../electron/cli/app-build';

describe('isBuildStale', () => {
  it('is stale when an output is missing', () => {
    expect(isBuildStale([100, null], 50)).toBe(true);
  });
  it('is stale when a source is newer than an output', () => {
    expect(isBuildStale([100, 40], 50)).toBe(true);
  });
  it('is fresh when every output is newer than every source', () => {
    expect(isBuildStale([100, 60], 50)).toBe(false);
  });
});

describe('newestMtime', () => {
  it('walks folders, skipping node_modules', () => {
    const dir = makeTempDir('notebook-mtime');
    mkdirSync(join(dir, 'src', 'deep'), { recursive: true });
    mkdirSync(join(dir, 'src', 'node_modules'));
    writeFileSync(join(dir, 'src', 'deep', 'a.ts'), '');
    writeFileSync(join(dir, 'src', 'node_modules', 'b.js'), '');
    utimesSync(join(dir, 'src', 'deep', 'a.ts'), 1000, 1000);
    utimesSync(join(dir, 'src', 'node_modules', 'b.js'), 5000, 5000);
    expect(newestMtime([join(dir, 'src'), join(dir, 'missing')])).toBe(1_000_000);
  });
});

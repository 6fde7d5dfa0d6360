// Two processes opening one library at the same moment — a new one, or an old one both upgrade —
// both get a working library at the latest schema: neither is told it "is damaged".
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../../electron/core/db/migrations';
import { FIXTURE_V1_PATH } from '../../../fixtures/make-library-v1';
import { makeTempDir } from '../../../helpers/temp-library';
import type { OpenAnswer } from './library-opener-child';
import { startOpener, type Opener } from './library-opener';

const TRIES = 20;

describe('two processes opening one library at the same moment', () => {
  let openers: Opener[] = [];
  beforeAll(async () => {
    openers = await Promise.all([startOpener(), startOpener()]);
  });
  afterAll(() => openers.forEach((opener) => opener.stop()));

  async function race(prepare: (path: string) => void): Promise<OpenAnswer[]> {
    const failures: OpenAnswer[] = [];
    for (let attempt = 0; attempt < TRIES; attempt++) {
      const path = join(makeTempDir('notebook-race'), 'library.sqlite');
      prepare(path);
      const answers = await Promise.all(openers.map((opener) => opener.open(path)));
      failures.push(...answers.filter((answer) => !answer.ok || answer.version !== LATEST_SCHEMA_VERSION));
    }
    return failures;
  }

  it(`both create a new library, ${TRIES} times in a row`, async () => {
    expect(await race(() => {})).toEqual([]);
  });

  it(`both upgrade an old-version library, ${TRIES} times in a row`, async () => {
    expect(await race((path) => copyFileSync(FIXTURE_V1_PATH, path))).toEqual([]);
  });
});

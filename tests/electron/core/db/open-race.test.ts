// Two processes opening one library at the same moment — a new one, or an old one both upgrade —
// both get a working library at the latest schema: neither is told it "is damaged".
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../../electron/core/db/migrations';
import { FIXTURE_V1_PATH } from '../../../fixtures/make-library-v1';
import { cliEnv, PROJECT_ROOT } from '../../../helpers/cli-process';
import { makeTempDir } from '../../../helpers/temp-library';
import type { OpenAnswer } from './library-opener-child';

const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const CHILD = join(__dirname, 'library-opener-child.ts');
const TRIES = 20;

interface Opener {
  open(path: string): Promise<OpenAnswer>;
  stop(): void;
}

/** Starts a child and resolves once it has loaded the core (so both start each open together). */
function startOpener(): Promise<Opener> {
  return new Promise((resolve, reject) => {
    const child: ChildProcessWithoutNullStreams = spawn(TSX, [CHILD], { cwd: PROJECT_ROOT, env: cliEnv() });
    const waiting: Array<(answer: OpenAnswer) => void> = [];
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => reject(new Error(`the opener exited with ${code}: ${stderr}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready') {
        resolve({
          open: (path) =>
            new Promise((answered) => {
              waiting.push(answered);
              child.stdin.write(`open ${path}\n`);
            }),
          stop: () => child.stdin.end(),
        });
        return;
      }
      waiting.shift()?.(JSON.parse(line) as OpenAnswer);
    });
  });
}

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

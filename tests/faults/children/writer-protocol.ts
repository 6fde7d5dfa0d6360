// What the fault tests tell a writer process (writer.ts) and what it answers, and a way to start one.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { NoteContent } from '../../../shared/notes/note-format';
import { cliEnv, PROJECT_ROOT } from '../../helpers/cli-process';

export interface WriterPlan {
  library: string;
  /** Files to import, one per round. */
  files: string[];
  /** Note saves to make, one per round. */
  saves: number;
  /** Keep saving after the files and saves are done until stdin closes (a partner is still writing). */
  untilStdinCloses?: boolean;
  /** Begin the imports only once another process has stored a clipping (saving meanwhile), so they overlap its import. */
  importAfterOthers?: boolean;
}

export type WriterLine =
  | { kind: 'ready'; noteId: string }
  | { kind: 'imported'; file: string; id: string | null; duplicateOf: string | null }
  | { kind: 'saved'; noteId: string; revision: number }
  | { kind: 'failed'; what: string; message: string }
  | { kind: 'done' };

/** The content saved as `revision`: its text names the revision, so a reader can check the pair. */
export function noteContentFor(revision: number): NoteContent {
  const text = { type: 'text', version: 1, text: `Saved as revision ${revision}.`, format: 0, style: '', mode: 'normal', detail: 0 };
  const paragraph = { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [text] };
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraph] } } as unknown as NoteContent;
}

const WRITER = join(__dirname, 'writer.ts');

export interface RunningWriter {
  child: ChildProcess;
  /** Every line the writer printed so far, parsed. */
  lines: WriterLine[];
  /** Resolves with the first `ready` line. */
  ready: Promise<string>;
  /** Resolves when the process has exited (killed or not), with its code or signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** One process (node with tsx's loader, no wrapper process), so that a kill reaches the writer itself. */
export function startWriter(plan: WriterPlan): RunningWriter {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, JSON.stringify(plan)], {
    cwd: PROJECT_ROOT,
    env: cliEnv(),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: WriterLine[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  let markReady: (noteId: string) => void = () => {};
  const ready = new Promise<string>((resolve) => (markReady = resolve));
  const reader = createInterface({ input: child.stdout! });
  reader.on('line', (text) => {
    let line: WriterLine;
    try {
      line = JSON.parse(text) as WriterLine;
    } catch {
      return; // a line cut short by a kill
    }
    lines.push(line);
    if (line.kind === 'ready') markReady(line.noteId);
  });
  const closed = new Promise<void>((resolve) => reader.on('close', resolve));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => void closed.then(() => resolve({ code, signal, stderr }))),
  );
  void exited.then(() => markReady(''));
  return { child, lines, ready, exited };
}

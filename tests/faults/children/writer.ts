// A writer process for the fault tests: opens a library through the core and imports files and
// saves a note, printing one JSON line per write the core acknowledged (after its commit), written
// synchronously so that a test that kills this process knows what must be in the library.
//   node --import tsx writer.ts PLAN_JSON
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { openCore, PHRASE_INDEX_FILL, type Core } from '../../../electron/core/core';
import type { Note } from '../../../shared/domain';
import { writeLine } from './write-line';
import { noteContentFor, type WriterLine, type WriterPlan } from './writer-protocol';

function say(line: WriterLine): void {
  writeLine(JSON.stringify(line));
}

async function importOne(core: Core, file: string): Promise<void> {
  const result = await core.dispatch('clippings.importFile', { fileName: basename(file), contentBase64: readFileSync(file).toString('base64') });
  if (!result.ok) return say({ kind: 'failed', what: `import ${file}`, message: result.error.message });
  const value = result.value as { clipping: { id: string } | null; duplicateOf: string | null };
  say({ kind: 'imported', file, id: value.clipping?.id ?? null, duplicateOf: value.duplicateOf });
}

async function saveOnce(core: Core, note: { id: string; revision: number }): Promise<void> {
  const revision = note.revision + 1;
  const result = await core.dispatch('notes.save', { id: note.id, revision: note.revision, title: 'Fault note', content: noteContentFor(revision) });
  if (!result.ok) return say({ kind: 'failed', what: `save ${revision}`, message: result.error.message });
  note.revision = (result.value as { revision: number }).revision;
  say({ kind: 'saved', noteId: note.id, revision: note.revision });
}

async function othersHaveImported(core: Core): Promise<boolean> {
  const info = await core.dispatch('library.info', {});
  return info.ok && (info.value as { clippingCount: number }).clippingCount > 0;
}

async function main(): Promise<void> {
  const plan = JSON.parse(process.argv[2]!) as WriterPlan;
  let partnerDone = !plan.untilStdinCloses;
  process.stdin.on('data', () => {}).on('end', () => (partnerDone = true));
  // As the app opens it: the phrase index fills in the background, between (and under) the writes.
  const core = openCore(plan.library, {
    fillPhraseIndex: true,
    logError: (method, error) => {
      if (method === PHRASE_INDEX_FILL) say({ kind: 'failed', what: method, message: String(error) });
    },
  });
  const created = await core.dispatch('notes.create', { title: 'Fault note' });
  if (!created.ok) throw new Error(created.error.message);
  const note = { id: (created.value as Note).id, revision: (created.value as Note).revision };
  // library.info (asked each round below until others have imported) first loads the HTML reader in
  // a parse worker, which takes seconds: done before 'ready', so the rounds race the partner's
  // writes and not this start-up (a fast partner could otherwise finish before the first round).
  await othersHaveImported(core);
  say({ kind: 'ready', noteId: note.id });
  let importing = !plan.importAfterOthers;
  let imported = 0;
  for (let round = 0; imported < plan.files.length || round < plan.saves || !partnerDone; round++) {
    if (!importing) importing = partnerDone || (await othersHaveImported(core));
    if (importing && imported < plan.files.length) await importOne(core, plan.files[imported++]!);
    if (round < plan.saves || !partnerDone || !importing) await saveOnce(core, note);
    // Let stdin's end event through between rounds.
    await new Promise((resolve) => setImmediate(resolve));
  }
  core.close();
  say({ kind: 'done' });
  process.stdin.destroy();
}

void main().catch((error: unknown) => {
  say({ kind: 'failed', what: 'writer', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});

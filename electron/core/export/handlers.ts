// notes.export: reads the note and what the library says about it through the other handlers.
import type { Handlers } from '../dispatch';
import { exportNote, type ExportLibrary } from '.';

export function createExportHandlers(library: ExportLibrary): Pick<Handlers, 'notes.export'> {
  return { 'notes.export': (input) => exportNote(library, input) };
}

// The fixture note exported through the same entry the handler uses.
import type { NoteExportFormat } from '../../../../shared/domain';
import { exportNoteFile, type ExportedFile } from '../../../../electron/core/export';
import { FIXTURE_LIBRARY, FIXTURE_NOTE } from './fixture-library';

export function exportFixture(format: NoteExportFormat): Promise<ExportedFile> {
  return exportNoteFile(FIXTURE_LIBRARY, { id: FIXTURE_NOTE.id, format });
}

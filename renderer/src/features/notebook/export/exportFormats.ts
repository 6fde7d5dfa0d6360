// The formats the Export menu offers, in the order it lists them.
import type { NoteExportFormat } from '../../../../../shared/domain';

export interface ExportFormatChoice {
  format: NoteExportFormat;
  label: string;
}

export const EXPORT_FORMAT_CHOICES: readonly ExportFormatChoice[] = [
  { format: 'md', label: 'Markdown' },
  { format: 'html', label: 'HTML' },
  { format: 'docx', label: 'Word (.docx)' },
  { format: 'pdf', label: 'PDF' },
];

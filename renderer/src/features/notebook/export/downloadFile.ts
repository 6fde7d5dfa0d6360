// Hands an exported note to the browser as a download.
import type { NoteExport } from '../../../../../shared/domain';
import { downloadBlob } from '../../../lib/downloadBlob';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function downloadExport(file: NoteExport): void {
  downloadBlob(new Blob([base64ToBytes(file.base64)], { type: file.mediaType }), file.fileName);
}

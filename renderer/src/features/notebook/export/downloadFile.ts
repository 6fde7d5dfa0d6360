// Hands an exported file to the browser as a download: a Blob behind an <a download> click.
// The page's CSP needs nothing for this (no fetch, no navigation); the blob URL is revoked after.
import type { NoteExport } from '../../../../../shared/domain';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function downloadExport(file: NoteExport): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.base64)], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel a download the browser has not started reading yet.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

// Files and folders dropped on the window. Entries must be taken from the DataTransfer during the
// drop event itself (it is emptied afterwards); folders are then read recursively.
import type { PickedFile } from './fileTypes';

type Source = { entry: FileSystemEntry | null; file: File | null };

/** Call synchronously inside the drop handler; await the result afterwards. */
export function takeDroppedFiles(data: DataTransfer): Promise<PickedFile[]> {
  const sources: Source[] = Array.from(data.items ?? [])
    .filter((item) => item.kind === 'file')
    .map((item) => ({ entry: item.webkitGetAsEntry?.() ?? null, file: item.getAsFile() }));
  if (sources.length === 0) sources.push(...Array.from(data.files ?? []).map((file) => ({ entry: null, file })));
  return collect(sources);
}

export function hasFiles(data: DataTransfer | null): boolean {
  return data !== null && Array.from(data.types).includes('Files');
}

async function collect(sources: Source[]): Promise<PickedFile[]> {
  const files: PickedFile[] = [];
  for (const { entry, file } of sources) {
    if (entry?.isDirectory) await walk(entry as FileSystemDirectoryEntry, entry.name, files);
    // A file built in the page (not on disk) has no entry: take the file itself.
    else if (file) files.push({ file, path: file.name });
    else if (entry?.isFile) files.push({ file: await fileOf(entry as FileSystemFileEntry), path: entry.name });
  }
  return files;
}

async function walk(directory: FileSystemDirectoryEntry, path: string, into: PickedFile[]): Promise<void> {
  const reader = directory.createReader();
  // readEntries answers in batches (about 100 at a time) until it answers with none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return;
    for (const entry of batch) {
      const entryPath = `${path}/${entry.name}`;
      if (entry.isDirectory) await walk(entry as FileSystemDirectoryEntry, entryPath, into);
      else if (entry.isFile) into.push({ file: await fileOf(entry as FileSystemFileEntry), path: entryPath });
    }
  }
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

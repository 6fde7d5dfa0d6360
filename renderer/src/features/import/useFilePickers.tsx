// "Import files…" (also Ctrl/Cmd+O) and "Import folder…": hidden file inputs the buttons click.
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { ACCEPT_ATTRIBUTE, type PickedFile } from './fileTypes';

export function useFilePickers(onPicked: (files: PickedFile[]) => void): { openFiles: () => void; openFolder: () => void; inputs: ReactNode } {
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  // React does not know webkitdirectory; the DOM property is the reliable way to set it.
  useEffect(() => {
    folderInput.current!.webkitdirectory = true;
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'o') return;
      event.preventDefault();
      if (!document.querySelector('dialog[open]')) filesInput.current?.click();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const take = (input: HTMLInputElement) => {
    const files = Array.from(input.files ?? []).map((file) => ({ file, path: file.webkitRelativePath || file.name }));
    input.value = ''; // so picking the same files again is noticed
    onPicked(files);
  };

  const inputs = (
    <>
      <input ref={filesInput} type="file" multiple accept={ACCEPT_ATTRIBUTE} hidden data-testid="import-input" onChange={(e) => take(e.target)} />
      <input ref={folderInput} type="file" hidden data-testid="import-folder-input" onChange={(e) => take(e.target)} />
    </>
  );
  return {
    openFiles: useCallback(() => filesInput.current?.click(), []),
    openFolder: useCallback(() => folderInput.current?.click(), []),
    inputs,
  };
}

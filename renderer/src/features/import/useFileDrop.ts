// Files and folders dropped anywhere on the window are imported; dropped text or HTML (say, a
// selection dragged from a browser) opens New clipping with it. The browser's own handling of a
// drop — opening the file in place of the app — never happens.
import { useEffect, useRef, useState } from 'react';
import { hasFiles, takeDroppedFiles } from './droppedFiles';
import type { PickedFile } from './fileTypes';

export interface DroppedText {
  text: string;
  html: string | undefined;
}

export function useFileDrop(onFiles: (files: PickedFile[]) => void, onText: (dropped: DroppedText) => void): boolean {
  const [over, setOver] = useState(false);
  const handlers = useRef({ onFiles, onText });
  handlers.current = { onFiles, onText };

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; count them to know when the drag left.
    let depth = 0;
    // A drag that started in the page (text moved in a note, a passage dragged to a note) is the
    // page's own business, never an import.
    let dragFromPage = false;
    const onDragStart = () => (dragFromPage = true);
    const onDragEnd = () => (dragFromPage = false);
    const dialogOpen = () => document.querySelector('dialog[open]') !== null;
    const onDragEnter = (event: DragEvent) => {
      if (dragFromPage || dialogOpen() || !event.dataTransfer) return;
      depth++;
      setOver(true);
    };
    const onDragLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onDragOver = (event: DragEvent) => {
      if (dragFromPage) return;
      if (dialogOpen() && !hasFiles(event.dataTransfer)) return; // text may be dropped into the dialog's fields
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      depth = 0;
      setOver(false);
      if (dragFromPage) return;
      const data = event.dataTransfer;
      if (!data || (dialogOpen() && !hasFiles(data))) return;
      event.preventDefault();
      if (dialogOpen()) return;
      if (hasFiles(data)) {
        void takeDroppedFiles(data).then((files) => handlers.current.onFiles(files));
        return;
      }
      const text = data.getData('text/plain');
      const html = data.getData('text/html') || undefined;
      if (text.trim() !== '' || html) handlers.current.onText({ text, html });
    };
    window.addEventListener('dragstart', onDragStart);
    window.addEventListener('dragend', onDragEnd);
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragstart', onDragStart);
      window.removeEventListener('dragend', onDragEnd);
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return over;
}

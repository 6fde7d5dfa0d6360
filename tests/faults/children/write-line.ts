// Writes one line to stdout before returning, so that a process killed right after has already
// told its parent. stdout may be a non-blocking pipe: when the parent is slow to read and the pipe
// is full, writeSync fails with EAGAIN, and the line is written again after a short pause.
import { writeSync } from 'node:fs';

const pauseCell = new Int32Array(new SharedArrayBuffer(4));

export function writeLine(text: string): void {
  const bytes = Buffer.from(`${text}\n`, 'utf8');
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(1, bytes, written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pauseCell, 0, 0, 2);
    }
  }
}

// Why a library file cannot be used. Doors print the message and stop; nothing was written.
export type LibraryProblem =
  | 'not_sqlite'
  | 'not_a_library'
  | 'too_new'
  | 'corrupt'
  | 'unwritable'
  | 'not_a_file'
  // Not the file's fault: another process held it too long, the disk is full, or the drive failed.
  | 'busy'
  | 'disk_full'
  | 'io_error';

export class LibraryError extends Error {
  readonly problem: LibraryProblem;
  readonly path: string;

  constructor(problem: LibraryProblem, path: string, message: string) {
    super(message);
    this.name = 'LibraryError';
    this.problem = problem;
    this.path = path;
  }
}

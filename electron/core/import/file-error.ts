// Every importer failure reaches the user as one sentence that names the file and the problem;
// library errors never leak through as they are.
import { NotebookError } from '../../../shared/errors';

/** The content of `fileName` cannot be imported: `problem` completes "<fileName> …". */
export function badFile(fileName: string, problem: string): NotebookError {
  return new NotebookError('invalid_input', `${fileName} ${problem}`, 'contentBase64');
}

// repair: rebuilds the library's derived tables from their source rows (one write transaction).
// `--json` prints exactly { "rebuilt": [{ "table", "rows" }, …] }.
import type { RebuiltTable } from '../../core/repair';
import type { CliOptions } from '../args';
import { openLibraryForCli, printJson } from '../library-session';
import { line, say } from '../terminal-text';

export function runRepair(options: CliOptions): number {
  const core = openLibraryForCli(options);
  if (!core) return 1;
  let rebuilt: RebuiltTable[];
  try {
    rebuilt = core.repair();
  } finally {
    core.close();
  }
  if (options.json) printJson({ rebuilt: rebuilt.map(({ table, rows }) => ({ table, rows })) });
  else say(rebuilt.map(({ table, rows }) => line`Rebuilt ${table}: ${rows} ${rows === 1 ? 'row' : 'rows'}.` + '\n').join(''));
  return 0;
}

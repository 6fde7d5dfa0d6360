// `npm run cli`, `npm start` and `npm run web` run the command line compiled into out/cli/ (with its
// parse worker beside it) by esbuild, the compiler tsx itself uses, and then as plain `node`. Under
// tsx every process and each of its parse workers compiled every source file again: a 1,000-file
// import took 3.3 s, of which about 2 s was starting up; compiled, 1.8 s. The bundle is rebuilt
// whenever the sources differ from the ones it was built from (a hash of every file under electron/
// and shared/), so it is never stale. Plain CommonJS: it must run before anything is compiled.
'use strict';
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { basename, join } = require('node:path');

const ROOT = join(__dirname, '..', '..');
/** out/cli/ sits as deep as electron/cli/, so the CLI's own paths (project root, fonts, worker) resolve alike. */
const BUNDLE_DIR = join(ROOT, 'out', 'cli');
const BUNDLE = join(BUNDLE_DIR, 'main.js');
const SOURCE_HASH = join(BUNDLE_DIR, 'sources.sha256');
const ENTRIES = [
  [join(ROOT, 'electron', 'cli', 'main.ts'), BUNDLE],
  // The name the worker pool looks for beside its own bundle (electron/core/import/worker/worker-script.ts).
  [join(ROOT, 'electron', 'core', 'import', 'worker', 'parse-worker.ts'), join(BUNDLE_DIR, 'parse-worker.js')],
];

/** Every file under the folders the bundle is compiled from, hashed with its path, in name order. */
function sourcesHash() {
  const hash = createHash('sha256');
  const visit = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) hash.update(`${path}\n`).update(readFileSync(path));
    }
  };
  for (const folder of ['electron', 'shared']) visit(join(ROOT, folder));
  return hash.digest('hex');
}

function builtFrom() {
  try {
    return readFileSync(SOURCE_HASH, 'utf8');
  } catch {
    return null;
  }
}

/** Compiles the CLI and its worker into out/cli/; each file is written aside and renamed, so a concurrent run never reads half a file. */
function buildCliBundle(hash = sourcesHash()) {
  const fromTsx = createRequire(require.resolve('tsx/package.json'));
  const esbuild = fromTsx(fromTsx.resolve('esbuild'));
  mkdirSync(BUNDLE_DIR, { recursive: true });
  for (const [entry, outfile] of ENTRIES) {
    const result = esbuild.buildSync({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: `node${process.versions.node}`,
      // Packages load from node_modules as they do under tsx; only the project's own code is compiled.
      packages: 'external',
      write: false,
      logLevel: 'warning',
    });
    const partial = join(BUNDLE_DIR, `.${basename(outfile)}.${process.pid}.partial`);
    writeFileSync(partial, result.outputFiles[0].contents);
    renameSync(partial, outfile);
  }
  const partialHash = `${SOURCE_HASH}.${process.pid}.partial`;
  writeFileSync(partialHash, hash);
  renameSync(partialHash, SOURCE_HASH);
  return BUNDLE;
}

/** The bundle, built first when the sources changed since. */
function currentBundle() {
  const hash = sourcesHash();
  return builtFrom() === hash ? BUNDLE : buildCliBundle(hash);
}

module.exports = { buildCliBundle, currentBundle, CLI_BUNDLE: BUNDLE };

if (require.main === module) require(currentBundle());

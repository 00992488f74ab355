// Build step (`npm run build`, after tsc): compile the package dictionaries once into
// dist/src/lexicon/lexicon.compiled.bin, which loadLexicon uses while its fingerprint matches.
// A dictionary that does not compile does not fail the build: the compiled file is removed, and loading
// compiles the TSV files (and reports the error) as it would without this step.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { compileDictionaries, compiledLexiconPath, serializeCompiled } from './lexicon.js';

const out = compiledLexiconPath();
try {
  const compiled = compileDictionaries();
  const tmp = `${out}.tmp-${process.pid}`;
  writeFileSync(tmp, serializeCompiled(compiled));
  renameSync(tmp, out);
  process.stdout.write(`vnner: compiled ${compiled.files.length} dictionaries (${compiled.size} entries) into ${out}\n`);
} catch (e) {
  rmSync(out, { force: true });
  process.stderr.write(`vnner: dictionaries not compiled (${(e as Error).message.replace(/^vnner: /u, '')}); they will be read from the TSV files\n`);
}

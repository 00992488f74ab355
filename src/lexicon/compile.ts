// Build step (`npm run build`, after tsc): compile the package dictionaries once into
// dist/src/lexicon/lexicon.compiled.bin, which loadLexicon uses while its fingerprint matches.
import { renameSync, writeFileSync } from 'node:fs';
import { compileDictionaries, compiledLexiconPath, serializeCompiled } from './lexicon.js';

const out = compiledLexiconPath();
const compiled = compileDictionaries();
const tmp = `${out}.tmp-${process.pid}`;
writeFileSync(tmp, serializeCompiled(compiled));
renameSync(tmp, out);
const entries = compiled.size;
process.stdout.write(`vnner: compiled ${compiled.files.length} dictionaries (${entries} entries) into ${out}\n`);

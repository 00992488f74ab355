// The command line: parses flags into one validated options object, calls the library, hands results to a formatter.
// Start-up time matters (one short file should cost little more than starting Node): each command's module, and
// through it the pipeline, batch, archive and output code, is imported only when that command runs; and the most
// common call, `vnner extract FILE...` without any option, does not even load the option parser.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EncodingName } from '../text/decode.js';
import type { Format } from '../output/formats.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';
import type { ExtractCliOptions } from './extract.js';

/** The output formats (as FORMATS in output/formats.ts, not imported here: the record type makes this list complete). */
const FORMAT_SET: Readonly<Record<Format, true>> = { json: true, jsonl: true, csv: true, pretty: true };
const FORMATS = Object.keys(FORMAT_SET) as Format[];

/** The options of `vnner extract` when none is given: the defaults of the option definitions below. */
export function extractDefaults(): ExtractCliOptions {
  return { dict: [], encoding: 'auto', include: [], exclude: [], inputFormat: 'auto', textField: 'text', idField: 'id' };
}

/** `vnner extract [INPUT...]` with no option at all (no argument starting with "-"): its inputs; else undefined. */
export function plainExtract(argv: string[]): string[] | undefined {
  if (argv[2] !== 'extract') return undefined;
  const inputs = argv.slice(3);
  return inputs.every((a) => a !== '' && !a.startsWith('-')) ? inputs : undefined;
}

function version(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const p = join(dir, 'package.json');
    if (existsSync(p)) return (JSON.parse(readFileSync(p, 'utf8')) as { version: string }).version;
    dir = dirname(dir);
  }
  return '0.0.0';
}

const collect = (v: string, prev: string[]) => [...prev, v];

class ExitCode extends Error { constructor(readonly code: number) { super(`exit ${code}`); } }

/** Run the command line. `parser: true` always goes through the option parser (tests compare both paths). */
export async function main(argv: string[], options: { parser?: boolean } = {}): Promise<number> {
  const out = process.stdout;
  out.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); throw e; });

  const plain = options.parser ? undefined : plainExtract(argv);
  if (plain) {
    try {
      return await (await import('./extract.js')).runExtract(plain, extractDefaults());
    } catch (e) {
      process.stderr.write(`${(e as Error).message}\n`);
      return 2;
    }
  }

  const { Command, Option, InvalidArgumentError, CommanderError } = await import('commander');
  const { parseEncodingName } = await import('../text/decode.js');

  function parseRefDate(v: string): string {
    if (v === 'auto') return v;
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) throw new InvalidArgumentError('expected YYYY-MM-DD or "auto"');
    return v;
  }

  function parseTypes(v: string): EntityType[] {
    const list = v.split(',').map((s) => s.trim()).filter(Boolean);
    for (const t of list) if (!(ENTITY_TYPES as readonly string[]).includes(t)) throw new InvalidArgumentError(`unknown type "${t}" (use ${ENTITY_TYPES.join(',')})`);
    return list as EntityType[];
  }

  function parseEncoding(v: string): EncodingName | 'auto' {
    const e = parseEncodingName(v);
    if (!e) throw new InvalidArgumentError('unknown encoding (use auto, utf-8, utf-16le, utf-16be, tcvn3, vni, viscii, windows-1258, viqr)');
    return e;
  }

  const defaults = extractDefaults();
  const program = new Command();
  program.name('vnner').description('Who holds which position: people, roles, organizations and dates from Vietnamese text.')
    .version(version(), '-V, --version')
    .exitOverride()
    .addHelpText('after', `
Examples:
  vnner extract article.txt                          people, roles, organizations and dates of one article
  vnner extract -f jsonl --ref-date auto archive/    one JSON line per file
  vnner eval fixtures/docs --verbose                 score against gold files
  vnner dict stats                                   dictionary sizes`)
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  let code = 0;

  program.command('extract').description('extract people, roles, organizations and dates')
    .argument('[inputs...]', 'files, directories (recursive) or "-" for standard input; none = standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: pretty at a terminal, jsonl otherwise)').choices(FORMATS as string[]))
    .option('--ref-date <date>', 'YYYY-MM-DD for dates without a year and relative dates, or "auto" (from the dateline)', parseRefDate)
    .option('--types <list>', `comma list of ${ENTITY_TYPES.join(',')} (default: all)`, parseTypes)
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--dict <file>', 'add a user dictionary (repeatable; same format as dictionaries/*.tsv)', collect, defaults.dict)
    .option('--encoding <name>', 'input encoding: auto, utf-8, utf-16le, utf-16be, tcvn3, vni, viscii, windows-1258, viqr', parseEncoding, defaults.encoding)
    .option('--max-size <bytes>', 'documents larger than this are error records (default 50 MB; suffixes k, M, G)', (v) => { const m = /^(\d+(?:\.\d+)?)([kKmMgG]?)$/u.exec(v.trim()); if (!m) throw new InvalidArgumentError('expected a number of bytes'); return Math.floor(Number(m[1]) * ({ '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as Record<string, number>)[m[2].toLowerCase()]); })
    .option('--include <glob>', 'in directories and archives, only documents matching this glob (repeatable; no "/" = match the file name)', collect, defaults.include)
    .option('--exclude <glob>', 'skip files and archive entries matching this glob (repeatable)', collect, defaults.exclude)
    .addOption(new Option('--input-format <format>', 'auto: files are documents; jsonl: one JSON object per line').choices(['auto', 'jsonl']).default(defaults.inputFormat))
    .option('--text-field <name>', 'JSONL field holding the text', defaults.textField)
    .option('--id-field <name>', 'JSONL field naming the document (its "source")', defaults.idField)
    .option('--output-dir <dir>', 'write one result file per input, mirroring the input tree')
    .option('--skip-existing', 'with --output-dir: skip inputs whose result file exists (resume a run)')
    .option('-j, --jobs <n>', 'worker threads (default: number of cores; 1 = in-process)', (v) => { const n = Number(v); if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer'); return n; })
    .option('--timeout <seconds>', 'per-document time limit with --jobs > 1 (an error record)', (v) => { const n = Number(v); if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected seconds'); return n; })
    .option('--include-text', 'add the analysed text to each document (for HTML: offsets refer to it)')
    .option('-q, --quiet', 'no progress line on standard error')
    .addHelpText('after', `
Examples:
  vnner extract article.txt                       pretty summary at a terminal
  vnner extract -f json --ref-date 2023-12-22 article.txt
  cat article.txt | vnner extract -f jsonl        read standard input
  vnner extract -f csv -o mentions.csv archive/   every file below archive/, one CSV row per mention
  vnner extract --dict my-titles.tsv a.txt        add your own titles
  vnner extract -f jsonl dir/ | jq -r '.people[].name'
  vnner extract --include '*.txt' --jobs 4 corpus.tar.gz > out.jsonl
  vnner extract --input-format jsonl --text-field body < records.jsonl
  vnner extract --output-dir results/ --skip-existing corpus/   resume an interrupted run`)
    .action(async (inputs: string[], opts: ExtractCliOptions) => { code = await (await import('./extract.js')).runExtract(inputs, opts); });

  program.command('eval').description('score against gold files: precision, recall and F1 per type')
    .argument('<gold-dir>', 'a folder of gold JSON files (gold-format.md)')
    .option('--json', 'print the scores as JSON')
    .option('--verbose', 'list misses and extras per document')
    .option('--dict <file>', 'add a user dictionary (repeatable)', collect, [] as string[])
    .action(async (dir: string, opts: { json?: boolean; verbose?: boolean; dict: string[] }) => { code = await (await import('./eval.js')).runEval(dir, opts); });

  const dict = program.command('dict').description('dictionary tools');
  dict.command('lint').description('check every dictionary file (NFC, header, columns, kinds, duplicates, common-word guard)')
    .argument('[files...]', 'files to check (default: the package dictionaries)')
    .action(async (files: string[]) => { code = (await import('./dict.js')).dictLint(files); });
  dict.command('stats').description('count entries per dictionary file')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => { code = (await import('./dict.js')).dictStats(opts); });

  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof ExitCode) return e.code;
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  return code;
}


// vnner eval GOLD_DIR: run the extractor on every gold document and score it.
import { basename } from 'node:path';
import { existsSync } from 'node:fs';
import { extract } from '../pipeline.js';
import { loadLexicon } from '../lexicon/lexicon.js';
import { listGoldFiles, readGold, scoreDocument, summarize, formatSummaryTable, SCORE_TYPES, type DocScore } from '../eval/score.js';

export async function runEval(dir: string, opts: { json?: boolean; verbose?: boolean; dict?: string[] }): Promise<number> {
  if (!existsSync(dir)) { process.stderr.write(`vnner: no such directory: ${dir}\n`); return 2; }
  const files = listGoldFiles(dir);
  if (files.length === 0) { process.stderr.write(`vnner: no gold files (*.json) in ${dir}\n`); return 2; }
  const lexicon = loadLexicon({ userDicts: opts.dict ?? [] });
  const scores: DocScore[] = [];
  for (const f of files) {
    const gold = readGold(f);
    const id = gold.id ?? basename(f, '.json');
    const doc = extract(gold.text, { source: id, refDate: gold.ref_date, lexicon });
    scores.push(scoreDocument(doc, gold, id));
  }
  const summary = summarize(scores);
  if (opts.json) {
    const out: Record<string, unknown> = { documents: scores.length, scores: Object.fromEntries(summary.map((s) => [s.type, s])) };
    if (opts.verbose) out.details = scores;
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  if (opts.verbose) {
    for (const s of scores) {
      const lines: string[] = [];
      for (const t of SCORE_TYPES) {
        if (s.misses[t].length) lines.push(`  ${t} missed: ${s.misses[t].join(' | ')}`);
        if (s.extras[t].length) lines.push(`  ${t} extra:  ${s.extras[t].join(' | ')}`);
      }
      if (lines.length) process.stdout.write(`${s.id}\n${lines.join('\n')}\n`);
    }
    process.stdout.write('\n');
  }
  process.stdout.write(formatSummaryTable(summary, scores.length));
  return 0;
}

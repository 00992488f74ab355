// Segment stage, part 2: sentences over atoms.
//   "Sáng 2/6, PGS.TS. Lê A đến TP.HCM. Ông nói…" -> two sentences; "PGS.TS." and "TP.HCM." do not end one.
// Rules, in order: 1) a line break always ends a sentence (headlines, paragraphs without a final period);
// 2) ".", "!", "?", "…" end a sentence when the next atom starts with an upper-case letter, a digit or a quote,
// 3) unless the period closes a known abbreviation (TP., Tp., ThS., PGS.TS., Q.1, v.v., T.Ư) or an initial (N.T.T.).
import { type Atom, AtomKind } from './tokens.js';

export interface Sentence { first: number; last: number } // atom index range, inclusive

const NO_BREAK_BEFORE_PERIOD = new Set([
  'tp', 'tx', 'tt', 'q', 'h', 'p', 'ths', 'ts', 'gs', 'pgs', 'tskh', 'bs', 'ks', 'cn', 'ls', 'ds', 'vs', 'nxb', 'st', 'ng',
  'v.v', 'v', 'tr', 'ctcp', 'sn', 'đ', 'ô', 'bà', 'mr', 'ms', 'dr', 'st', 'no', 'pv', 'ttxvn',
]);

export function splitSentences(atoms: Atom[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < atoms.length; i++) {
    const next = atoms[i + 1];
    if (next === undefined) break;
    if (next.newline) { out.push({ first, last: i }); first = i + 1; continue; }
    const a = atoms[i];
    if (a.kind !== AtomKind.Punct) continue;
    const t = a.text;
    if (t !== '.' && t !== '!' && t !== '?' && t !== '…') continue;
    // swallow closing quotes/brackets and repeated marks
    let j = i + 1;
    while (j < atoms.length && !atoms[j].space && atoms[j].kind === AtomKind.Punct && /^[.!?…"')\]]$/u.test(atoms[j].text)) j++;
    const after = atoms[j];
    if (after === undefined) break;
    if (!after.space && !after.newline) continue;
    const startsSentence = after.upper || after.kind === AtomKind.Number || after.text === '"' || after.text === '-';
    if (!startsSentence) continue;
    if (t === '.') {
      const prev = atoms[i - 1];
      if (prev && prev.end === a.start && prev.kind === AtomKind.Word) {
        if (NO_BREAK_BEFORE_PERIOD.has(prev.fold)) continue;
        // single upper-case letter = an initial (N.T.T., V. H. P)
        if (prev.text.length === 1 && prev.upper) continue;
      }
    }
    out.push({ first, last: j - 1 });
    first = j;
    i = j - 1;
  }
  if (first < atoms.length) out.push({ first, last: atoms.length - 1 });
  return out;
}

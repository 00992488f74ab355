// Segment stage, part 3: lines written in Title Case.
//   "Chủ Quán Karaoke Lãnh 9 Năm Tù Vụ Cháy Làm 3 Người Chết" -> every word capitalised, names or not
// Some outlets capitalise every word of a headline. There, a capital letter says nothing about names, so the
// recognizers would read "Karaoke Lãnh" as a person and "Vụ Cháy Làm 3 Người Chết" as a body. Such a line is
// found by its capitalised function words ("Của", "Và", "Tại", "Làm"), which sentence case never capitalises
// inside a line; its words then lose the capital flag (the text itself is untouched), except the first word and
// all-caps abbreviations. Dictionary matches are case-insensitive, so known titles and bodies are still found.
import { type Atom, AtomKind } from './tokens.js';

/** Function words and common verbs that sentence case writes in lower case inside a line. */
const FUNCTION_WORDS = new Set([
  'của', 'và', 'tại', 'với', 'là', 'được', 'bị', 'trong', 'cho', 'đã', 'sẽ', 'đang', 'vì', 'từ', 'đến', 'về', 'các', 'những', 'có',
  'không', 'làm', 'để', 'khi', 'sau', 'trước', 'theo', 'ra', 'vào', 'lên', 'như', 'năm', 'người', 'tù', 'vụ', 'mới', 'nhận', 'lãnh',
]);

/** Clears `upper` on the words of Title Case lines: at least 5 words, 85% capitalised, 2 capitalised function words inside (or one in a line of 7 words or more, 90% capitalised). */
export function lowerTitleCaseLines(atoms: Atom[]): void {
  let start = 0;
  for (let i = 1; i <= atoms.length; i++) {
    if (i < atoms.length && !atoms[i].newline) continue;
    checkLine(atoms, start, i);
    start = i;
  }
}

function checkLine(atoms: Atom[], a: number, b: number): void {
  let words = 0;
  let caps = 0;
  let functionCaps = 0;
  let first = -1;
  for (let k = a; k < b; k++) {
    const t = atoms[k];
    if (t.kind !== AtomKind.Word || t.allCaps) continue;
    if (first < 0) { first = k; continue; }
    words++;
    if (t.upper) caps++;
  }
  if (words < 5 || caps < words * 0.85) return;
  // (the function words are looked up only in the few lines mostly capitalised: a look-up hashes the atom's fold)
  for (let k = first + 1; k < b; k++) {
    const t = atoms[k];
    if (t.kind === AtomKind.Word && !t.allCaps && t.upper && FUNCTION_WORDS.has(t.fold)) functionCaps++;
  }
  if (functionCaps < 2 && !(functionCaps === 1 && words >= 7 && caps >= words * 0.9)) return;
  for (let k = a; k < b; k++) {
    const t = atoms[k];
    if (k !== first && t.kind === AtomKind.Word && !t.allCaps) t.upper = false;
  }
}

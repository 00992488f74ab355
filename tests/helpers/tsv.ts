// Reads a package dictionary as the dictionary tests see it: strict UTF-8, "#" lines, a header, data rows.
import { readFileSync } from 'node:fs';

export type Row = Record<string, string>;
export interface Table {
  file: string;
  text: string;
  /** "#" lines before the header (the source comment) */
  leading: string[];
  /** every "#" line */
  comments: string[];
  header: string[];
  /** raw data lines (1-based line number, cells) for column checks */
  raw: { line: number; cells: string[] }[];
  rows: Row[];
}

export function readDictionaryText(file: string): string {
  const bytes = readFileSync(new URL(`../../dictionaries/${file}`, import.meta.url));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function loadDictionary(file: string): Table {
  const text = readDictionaryText(file);
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const leading: string[] = [];
  const comments: string[] = [];
  let header: string[] | undefined;
  const raw: { line: number; cells: string[] }[] = [];
  const rows: Row[] = [];
  lines.forEach((l, i) => {
    if (l.startsWith('#')) {
      comments.push(l);
      if (!header) leading.push(l);
      return;
    }
    const cells = l.split('\t');
    if (!header) {
      header = cells;
      return;
    }
    raw.push({ line: i + 1, cells });
    const row: Row = {};
    header.forEach((h, j) => {
      row[h] = cells[j] ?? '';
    });
    rows.push(row);
  });
  return { file, text, leading, comments, header: header ?? [], raw, rows };
}

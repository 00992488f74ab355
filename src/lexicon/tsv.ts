// Reading dictionary files: UTF-8 TSV, `#` comment lines, a header row, one entry per line.

export interface TsvFile {
  path: string;
  header: string[];
  rows: { line: number; cells: string[] }[];
  comments: string[];
}

export class DictionaryError extends Error {
  constructor(message: string) { super(`vnner: ${message}`); }
}

export function parseTsv(text: string, path: string): TsvFile {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r?\n/u);
  let header: string[] | undefined;
  const rows: TsvFile['rows'] = [];
  const comments: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('#')) { comments.push(line); continue; }
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    if (!header) { header = cells.map((c) => c.trim()); continue; }
    rows.push({ line: i + 1, cells });
  }
  if (!header) throw new DictionaryError(`${path}: no header row`);
  return { path, header, rows, comments };
}

// Output formatters: pure functions from document objects to text. Only pretty.ts knows about colour.
import type { DocumentResult, ErrorRecord } from '../types.js';

export type Format = 'json' | 'jsonl' | 'csv' | 'pretty';
export const FORMATS: readonly Format[] = ['json', 'jsonl', 'csv', 'pretty'];
export type Record_ = DocumentResult | ErrorRecord;

export function isError(r: Record_): r is ErrorRecord { return (r as ErrorRecord).error !== undefined; }

export function formatJsonl(r: Record_): string { return JSON.stringify(r) + '\n'; }

/** json: one input -> one object; several -> an array. */
export function formatJson(records: Record_[], single: boolean): string {
  return JSON.stringify(single && records.length === 1 ? records[0] : records, null, 2) + '\n';
}

export const CSV_COLUMNS = ['source', 'type', 'id', 'text', 'value', 'start', 'end', 'person', 'organization'] as const;

/** CSV rows (one per mention) for one document. */
export function csvRows(doc: DocumentResult): string[][] {
  const rows: string[][] = [];
  const personName = new Map(doc.people.map((p) => [p.id, p.name]));
  const orgName = new Map(doc.organizations.map((o) => [o.id, o.name]));
  for (const p of doc.people) for (const m of p.mentions) rows.push([doc.source, 'person', p.id, m.text, p.name, String(m.start), String(m.end), '', '']);
  for (const r of doc.roles) rows.push([doc.source, 'role', r.id, r.text, r.title, String(r.start), String(r.end), r.person ? personName.get(r.person) ?? '' : '', r.organization ? orgName.get(r.organization) ?? '' : '']);
  for (const o of doc.organizations) for (const m of o.mentions) rows.push([doc.source, 'organization', o.id, m.text, o.name, String(m.start), String(m.end), '', '']);
  for (const d of doc.dates) rows.push([doc.source, 'date', '', d.text, d.value ?? '', String(d.start), String(d.end), '', '']);
  rows.sort((a, b) => Number(a[5]) - Number(b[5]) || Number(a[6]) - Number(b[6]));
  return rows;
}

/** The CSV writer, loaded on first use (start-up time of the other formats). */
async function csvWriter(): Promise<typeof import('@fast-csv/format').writeToString> {
  return (await import('@fast-csv/format')).writeToString;
}

export async function formatCsv(doc: DocumentResult, withHeader: boolean): Promise<string> {
  const rows = csvRows(doc);
  if (rows.length === 0 && !withHeader) return '';
  const writeToString = await csvWriter();
  return writeToString(rows, { headers: withHeader ? [...CSV_COLUMNS] : false, alwaysWriteHeaders: withHeader, includeEndRowDelimiter: true });
}

/** A CSV row for an input that failed: type "error", id = the error code, text = the message. */
export async function formatCsvError(r: ErrorRecord, withHeader: boolean): Promise<string> {
  const writeToString = await csvWriter();
  return writeToString([csvErrorRow(r)], { headers: withHeader ? [...CSV_COLUMNS] : false, alwaysWriteHeaders: withHeader, includeEndRowDelimiter: true });
}

export function csvErrorRow(r: ErrorRecord): string[] {
  return [r.source, 'error', r.error.code, r.error.message, '', '', '', '', ''];
}

// pretty: a readable summary for a person at a terminal. The only module that uses colour.
import { Chalk } from 'chalk';
import type { DocumentResult, ErrorRecord } from '../types.js';

export function formatPretty(r: DocumentResult | ErrorRecord, colour: boolean): string {
  const c = new Chalk({ level: colour ? 1 : 0 });
  if ((r as ErrorRecord).error) {
    const e = (r as ErrorRecord).error;
    return `${c.bold(r.source)}\n  ${c.red('error')} ${e.code}: ${e.message}\n\n`;
  }
  const doc = r as DocumentResult;
  const lines: string[] = [];
  const meta = [doc.refDate ? `ref ${doc.refDate}` : '', doc.encoding && doc.encoding !== 'utf-8' ? doc.encoding : ''].filter(Boolean).join(', ');
  lines.push(c.bold(doc.source) + (meta ? c.dim(` (${meta})`) : ''));
  const orgName = new Map(doc.organizations.map((o) => [o.id, o.name]));
  lines.push(c.underline(`People (${doc.people.length})`));
  for (const p of doc.people) {
    const roles = doc.roles.filter((x) => x.person === p.id);
    const seen = new Set<string>();
    const roleTexts = roles.filter((x) => (seen.has(x.text) ? false : (seen.add(x.text), true)))
      .map((x) => (x.status === 'former' ? c.dim('nguyên ') : x.status === 'new' ? c.dim('tân ') : '') + c.yellow(x.text));
    lines.push(`  ${c.cyan.bold(p.name)}${p.mentions.length > 1 ? c.dim(` ×${p.mentions.length}`) : ''}${roleTexts.length ? ' — ' + roleTexts.join(', ') : ''}`);
  }
  const unheld = [...new Set(doc.roles.filter((x) => !x.person).map((x) => x.text))];
  if (unheld.length) lines.push(`  ${c.dim('roles without a named holder:')} ${unheld.map((t) => c.yellow(t)).join(', ')}`);
  lines.push(c.underline(`Organizations (${doc.organizations.length})`));
  for (const o of doc.organizations) {
    const variants = [...new Set(o.mentions.map((m) => m.text))].filter((t) => t !== o.name);
    lines.push(`  ${c.green(o.name)}${variants.length ? c.dim(` (${variants.join('; ')})`) : ''}`);
  }
  lines.push(c.underline(`Dates (${doc.dates.length})`));
  for (const d of doc.dates) lines.push(`  ${c.magenta(d.value ?? '?')}  ${d.text}`);
  void orgName;
  return lines.join('\n') + '\n\n';
}

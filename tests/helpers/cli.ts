// Running the BUILT command line (bin/vnner.js -> dist/) as a child process, and checking document objects
// against the output contract (exact key sets, unique ids, references, code-point spans).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'vnner.js');

/** True when the compiled CLI exists (npm run build). */
export const isBuilt = () => existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'));

export function tempDir(prefix = 'vnner-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** An environment without colour switches, so output does not depend on the runner's terminal. */
export function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return { ...env, ...extra };
}

export interface RunResult { status: number | null; stdout: string; stderr: string; signal: NodeJS.Signals | null }

/** Spawns a command, feeds `input` to its standard input, collects both outputs (async, so tests can run concurrently). */
export function run(cmd: string, args: string[], opts: { cwd: string; input?: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => { child.kill('SIGKILL'); }, opts.timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => { /* the child may exit before reading its input */ });
    child.stdin.end(opts.input ?? '');
  });
}

/** Runs `node bin/vnner.js ...args` in `cwd` (default: the repository) with optional standard input. */
export function vnner(args: string[], opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return run(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input, env: opts.env ?? plainEnv(), timeoutMs: 60_000 });
}

/** Runs a shell command line (for pipelines such as `... | head -1`). */
export function shell(cmd: string, cwd: string): Promise<RunResult> {
  return run('sh', ['-c', cmd], { cwd, env: plainEnv(), timeoutMs: 60_000 });
}

// ---- output contract ----

export const DOC_KEYS = ['source', 'refDate', 'encoding', 'people', 'roles', 'organizations', 'dates'];
export const PERSON_KEYS = ['id', 'name', 'mentions', 'roles'];
export const MENTION_KEYS = ['text', 'start', 'end'];
export const ROLE_KEYS = ['id', 'text', 'title', 'organization', 'person', 'status', 'start', 'end'];
export const ORG_KEYS = ['id', 'name', 'mentions'];
export const DATE_KEYS = ['text', 'value', 'start', 'end'];
export const ERROR_KEYS = ['source', 'error'];

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

function keysProblem(where: string, o: unknown, keys: string[]): string[] {
  if (!isObj(o)) return [`${where}: not an object`];
  const have = Object.keys(o).sort();
  const want = [...keys].sort();
  if (have.join(',') === want.join(',')) return [];
  const extra = have.filter((k) => !want.includes(k));
  const missing = want.filter((k) => !have.includes(k));
  return [`${where}: keys ${extra.length ? `unknown [${extra}]` : ''}${missing.length ? ` missing [${missing}]` : ''}`];
}

/**
 * Every way `doc` breaks the contract (empty = conforms): exact key sets, types, unique ids, references
 * (role.person, role.organization, person.roles) that exist and agree, spans that slice `original` by code points.
 */
export function contractProblems(doc: unknown, original?: string): string[] {
  const p: string[] = [];
  p.push(...keysProblem('document', doc, DOC_KEYS));
  if (!isObj(doc)) return p;
  const cps = original === undefined ? undefined : Array.from(original);
  const span = (where: string, m: Obj) => {
    if (typeof m.text !== 'string' || !Number.isInteger(m.start) || !Number.isInteger(m.end)) { p.push(`${where}: text/start/end types`); return; }
    const s = m.start as number;
    const e = m.end as number;
    if (s < 0 || s > e) p.push(`${where}: bad offsets [${s},${e})`);
    if (cps) {
      if (e > cps.length) p.push(`${where}: end ${e} beyond ${cps.length}`);
      else if (cps.slice(s, e).join('') !== m.text) p.push(`${where}: [${s},${e}) is ${JSON.stringify(cps.slice(s, e).join(''))}, not ${JSON.stringify(m.text)}`);
    }
  };
  if (typeof doc.source !== 'string') p.push('document.source: not a string');
  if (!(doc.refDate === null || (typeof doc.refDate === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(doc.refDate)))) p.push('document.refDate: not null or YYYY-MM-DD');
  if (typeof doc.encoding !== 'string') p.push('document.encoding: not a string');
  for (const k of ['people', 'roles', 'organizations', 'dates']) if (!Array.isArray(doc[k])) { p.push(`document.${k}: not an array`); return p; }
  const people = doc.people as Obj[];
  const roles = doc.roles as Obj[];
  const orgs = doc.organizations as Obj[];
  const dates = doc.dates as Obj[];
  const ids = new Map<string, string>();
  const addId = (where: string, id: unknown, prefix: string) => {
    if (typeof id !== 'string' || !new RegExp(`^${prefix}[0-9]+$`, 'u').test(id)) p.push(`${where}: id ${JSON.stringify(id)}`);
    else if (ids.has(id)) p.push(`${where}: duplicate id ${id}`);
    else ids.set(id, prefix);
  };
  people.forEach((x, i) => {
    const w = `people[${i}]`;
    p.push(...keysProblem(w, x, PERSON_KEYS));
    addId(w, x.id, 'p');
    if (typeof x.name !== 'string' || x.name === '') p.push(`${w}.name`);
    if (!Array.isArray(x.mentions) || x.mentions.length === 0) p.push(`${w}.mentions: empty`);
    else (x.mentions as Obj[]).forEach((m, j) => { p.push(...keysProblem(`${w}.mentions[${j}]`, m, MENTION_KEYS)); span(`${w}.mentions[${j}]`, m); });
    if (!Array.isArray(x.roles)) p.push(`${w}.roles: not an array`);
  });
  roles.forEach((x, i) => {
    const w = `roles[${i}]`;
    p.push(...keysProblem(w, x, ROLE_KEYS));
    addId(w, x.id, 'r');
    if (typeof x.title !== 'string' || x.title === '') p.push(`${w}.title`);
    if (!(x.status === null || x.status === 'former' || x.status === 'new')) p.push(`${w}.status ${JSON.stringify(x.status)}`);
    span(w, x);
  });
  orgs.forEach((x, i) => {
    const w = `organizations[${i}]`;
    p.push(...keysProblem(w, x, ORG_KEYS));
    addId(w, x.id, 'o');
    if (typeof x.name !== 'string' || x.name === '') p.push(`${w}.name`);
    if (!Array.isArray(x.mentions)) p.push(`${w}.mentions: not an array`);
    else (x.mentions as Obj[]).forEach((m, j) => { p.push(...keysProblem(`${w}.mentions[${j}]`, m, MENTION_KEYS)); span(`${w}.mentions[${j}]`, m); });
  });
  dates.forEach((x, i) => {
    const w = `dates[${i}]`;
    p.push(...keysProblem(w, x, DATE_KEYS));
    if (!(x.value === null || typeof x.value === 'string')) p.push(`${w}.value`);
    span(w, x);
  });
  // references
  const personIds = new Set(people.map((x) => x.id));
  const orgIds = new Set(orgs.map((x) => x.id));
  const roleById = new Map(roles.map((x) => [x.id, x]));
  for (const r of roles) {
    if (r.person !== null && !personIds.has(r.person)) p.push(`role ${String(r.id)}: person ${String(r.person)} does not exist`);
    if (r.organization !== null && !orgIds.has(r.organization)) p.push(`role ${String(r.id)}: organization ${String(r.organization)} does not exist`);
  }
  for (const x of people) {
    for (const rid of Array.isArray(x.roles) ? (x.roles as unknown[]) : []) {
      const r = roleById.get(rid);
      if (!r) p.push(`person ${String(x.id)}: role ${String(rid)} does not exist`);
      else if (r.person !== x.id) p.push(`person ${String(x.id)} lists ${String(rid)}, whose person is ${String(r.person)}`);
    }
  }
  for (const r of roles) {
    if (r.person === null) continue;
    const holder = people.find((x) => x.id === r.person);
    if (holder && !(holder.roles as unknown[]).includes(r.id)) p.push(`role ${String(r.id)}: not in the roles of ${String(r.person)}`);
  }
  return p;
}

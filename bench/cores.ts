// How fast each core of this machine runs, measured by the bench before the parallel runs.
// On the project's 2-core virtual machine the two cores were not equal: one fixed loop took 0.66-0.70 s pinned to
// CPU 0 and 0.49-0.53 s pinned to CPU 1, for minutes on end, with nothing else running in the machine, and later the
// other way round (the host's own load, which the guest cannot see). A process moved between them by the scheduler runs a third slower or faster,
// which is most of the "noise" of single runs, and two lanes on unequal cores cannot give twice the speed of one lane
// on the faster core. The bench prints both, and the speed-up that unequal cores allow at best.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** A fixed amount of integer work for one core (~0.5 s on the project's VM). */
const LOOP = 'let s = 0; for (let i = 0; i < 3e8; i++) s += i % 7; if (s < 0) console.log(s);';

/**
 * Seconds the loop takes pinned to each core (best of `tries`), or undefined where `taskset` (util-linux) is missing
 * or pinning fails.
 */
export function coreSeconds(tries = 3): number[] | undefined {
  const out: number[] = [];
  for (let cpu = 0; cpu < availableParallelism(); cpu++) {
    let best = Infinity;
    for (let k = 0; k < tries; k++) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync('taskset', ['-c', String(cpu), process.execPath, '-e', LOOP], { stdio: 'ignore' });
      if (r.error || r.status !== 0) return undefined;
      best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
    }
    out.push(best);
  }
  return out;
}

/**
 * The best speed-up over one lane on the fastest core that lanes on every core can give: the sum of the cores' speeds
 * (1 / seconds) over the fastest one's. Two equal cores: 2; a core a third slower than the other: 1.75.
 */
export function unequalCoresCeiling(seconds: readonly number[]): number {
  if (seconds.length === 0) return 1;
  let sum = 0;
  let fastest = 0;
  for (const s of seconds) { sum += 1 / s; fastest = Math.max(fastest, 1 / s); }
  return sum / fastest;
}

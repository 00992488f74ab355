// Runs the CLI in this process and reports, on stderr at exit, its peak resident set and its CPU time (user + system):
// worker threads live in this process, so both include them.
//   node dist/bench/rss.js extract [options] inputs...
import { writeSync } from 'node:fs';
import { main } from '../src/cli/main.js';

process.on('exit', () => {
  const u = process.cpuUsage();
  writeSync(2, `\n@@maxrss_kb ${process.resourceUsage().maxRSS}\n@@cpu_us ${u.user + u.system}\n`);
});
main(process.argv).then((code) => { process.exitCode = code; });

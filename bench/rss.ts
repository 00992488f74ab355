// Runs the CLI in this process and reports its peak resident set (main thread + worker threads) on stderr at exit.
//   node dist/bench/rss.js extract [options] inputs...
import { writeSync } from 'node:fs';
import { main } from '../src/cli/main.js';

process.on('exit', () => { writeSync(2, `\n@@maxrss_kb ${process.resourceUsage().maxRSS}\n`); });
main(process.argv).then((code) => { process.exitCode = code; });

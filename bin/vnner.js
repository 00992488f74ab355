#!/usr/bin/env node
// Thin launcher into the compiled CLI (built by `npm install` through the prepare script).
import { main } from '../dist/src/cli/main.js';
main(process.argv).then((code) => { process.exitCode = code; });

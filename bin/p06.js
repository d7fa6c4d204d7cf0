#!/usr/bin/env node
// The only place that sets the exit code; everything else returns it.
import { main, nodeIO } from '../dist/p06.js';

process.exitCode = await main(process.argv.slice(2), nodeIO());

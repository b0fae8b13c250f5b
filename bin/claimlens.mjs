#!/usr/bin/env node
// The `claimlens` command: runs the TypeScript command line through tsx, so the repo needs no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });

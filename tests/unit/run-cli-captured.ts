// Runs the `claimlens` command line in-process and collects what it printed, for the CLI tests.
import { runCli } from '../../src/cli/main';

export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Binary output (e.g. a CSV with its BOM), in the order written. */
  bytes: Uint8Array[];
}

export async function runCliCaptured(args: string[]): Promise<CapturedRun> {
  const out: string[] = [];
  const bytes: Uint8Array[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    stdout: { write: (chunk: string | Uint8Array) => (typeof chunk === 'string' ? out.push(chunk) : bytes.push(chunk)) },
    stderr: { write: (chunk: string) => err.push(chunk) },
  });
  return { code, stdout: out.join(''), stderr: err.join(''), bytes };
}

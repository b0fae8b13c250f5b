// The shape of one `claimlens` subcommand.
export interface CliIo {
  stdout: { write(text: string | Uint8Array): unknown };
  stderr: { write(text: string): unknown };
}

export interface CliCommand {
  name: string;
  /** One line for `claimlens --help`. */
  summary: string;
  usage: string;
  /** Returns the process exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

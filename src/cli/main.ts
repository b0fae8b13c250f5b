// Entry point of the `claimlens` command line: finds the subcommand and runs it.
import type { CliCommand, CliIo } from './command';
import { extractCommand } from './commands/extract';
import { reportCommand } from './commands/report';

// Each subcommand lives in its own file under commands/ and is listed here.
const commands: CliCommand[] = [extractCommand, reportCommand];

function helpText(): string {
  const lines = ['Usage: claimlens <command> [options]', '', 'Commands:'];
  for (const command of commands) lines.push(`  ${command.name.padEnd(10)} ${command.summary}`);
  lines.push('', 'Run `claimlens <command> --help` for the options of one command.');
  return lines.join('\n') + '\n';
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(helpText());
    return name ? 0 : 1;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`claimlens: unknown command “${name}”. Known commands: ${commands.map((c) => c.name).join(', ') || 'none'}.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr.write(`claimlens ${name}: ${(error as Error).message}\n`);
    return 1;
  }
}

import { contractCommand } from "./commands/contract.js";
import { demoCommand } from "./commands/demo.js";
import { listCommand } from "./commands/list.js";
import { mockCommand } from "./commands/mock.js";
import { revokeCommand } from "./commands/revoke.js";
import { signoutCommand } from "./commands/signout.js";
import { EXIT, EXIT_HELP, exitCodeOf, UsageError } from "./exit-codes.js";
import type { CommandIo } from "./io.js";
import { stopRequested } from "./stop.js";
import { printable } from "./text/printable.js";

export const HELP = `Usage: idp-sessions <command> [options]

See a user's login sessions across identity providers.

Commands:
  list       list one user's sessions at one provider (table, json, ndjson, csv)
  revoke     revoke one user's sessions (or one session) at one provider, and prove none is left
  signout    sign one person out everywhere: every provider in a person file at once
  contract   check live tenants against the specs
  mock       start the mock servers
  demo       one person's sessions at all five providers, from the mock servers: listed, signed out
             everywhere, listed again

Run \`idp-sessions <command> --help\` for a command's options.

${EXIT_HELP}`;

const COMMANDS: Record<string, (args: string[], io: CommandIo, signal?: AbortSignal) => Promise<number>> = {
  list: listCommand,
  revoke: revokeCommand,
  signout: signoutCommand,
  contract: contractCommand,
  mock: mockCommand,
  demo: demoCommand,
};

/**
 * Runs the command line; resolves to the exit code. Errors are printed as one escaped line (they quote
 * what servers sent), without credentials or stack. When `signal` was aborted with a StopRequest (Ctrl-C,
 * a closed stdout), that decides the exit code, whatever the command was unwinding with.
 */
export async function main(argv: string[], io: CommandIo, signal?: AbortSignal): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(`${HELP}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr.write(`idp-sessions: unknown command "${printable(name)}"\n\n${HELP}\n`);
    return EXIT.usage;
  }
  const say = (line: string) => io.stderr.write(`idp-sessions ${name}: ${printable(line)}\n`);
  try {
    const code = await command(args, io, signal);
    const stop = stopRequested(signal);
    // A command that finished anyway still failed to write its output (the signal's stops are its business).
    if (stop?.kind === "output" && stop.exitCode !== EXIT.ok) {
      say(stop.notice ?? "");
      return stop.exitCode;
    }
    return code;
  } catch (error) {
    const stop = stopRequested(signal);
    if (stop) {
      if (stop.notice) say(stop.notice);
      return stop.exitCode;
    }
    const code = exitCodeOf(error);
    const message = error instanceof Error ? error.message : String(error);
    say(code === EXIT.internal ? `internal error: ${message}` : message);
    if (code === EXIT.usage) io.stderr.write(`Run \`idp-sessions ${name} --help\` for usage.\n`);
    return code;
  }
}

export { UsageError };

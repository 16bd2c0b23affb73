import { contractCommand } from "./commands/contract.js";
import { demoCommand } from "./commands/demo.js";
import { listCommand } from "./commands/list.js";
import { mockCommand } from "./commands/mock.js";
import { EXIT, exitCodeOf, UsageError } from "./exit-codes.js";
import type { CommandIo } from "./io.js";

export const HELP = `Usage: idp-sessions <command> [options]

See a user's login sessions across identity providers.

Commands:
  list       list one user's sessions at one provider (table, json, ndjson, csv)
  contract   check live tenants against the specs
  mock       start the mock servers
  demo       list one person's sessions at all five providers, from the mock servers

Run \`idp-sessions <command> --help\` for a command's options.

Exit codes: 0 ok, 1 a check failed, 2 usage, 3 authentication, 4 not found, 5 other API or network error.`;

const COMMANDS: Record<string, (args: string[], io: CommandIo, signal?: AbortSignal) => Promise<number>> = {
  list: listCommand,
  contract: contractCommand,
  mock: mockCommand,
  demo: demoCommand,
};

/** Runs the command line; resolves to the exit code. Errors are printed without credentials or stack. */
export async function main(argv: string[], io: CommandIo, signal?: AbortSignal): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(`${HELP}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`idp-sessions: unknown command "${name}"\n\n${HELP}\n`);
    return EXIT.usage;
  }
  try {
    return await command(args, io, signal);
  } catch (error) {
    const code = exitCodeOf(error);
    const message = error instanceof Error ? error.message : String(error);
    // parseArgs' own errors are usage errors too.
    const usage = code === EXIT.usage || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    io.stderr.write(
      `idp-sessions ${name}: ${message}\n${usage ? `Run \`idp-sessions ${name} --help\` for usage.\n` : ""}`,
    );
    return usage ? EXIT.usage : code;
  }
}

export { UsageError };

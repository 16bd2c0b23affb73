import { CommandError, EXIT } from "../exit-codes.js";
import type { CommandIo } from "../io.js";

/** Someone can be asked: stdin and stdout are both a terminal. */
export function canAsk(io: CommandIo): boolean {
  return io.stdin?.isTTY === true && io.stdout.isTTY === true;
}

/**
 * Refuses, before any request, to revoke without --yes when nobody can be asked (a script, a pipe, CI):
 * usage error, exit 2.
 */
export function refuseUnattended(io: CommandIo, command: string): void {
  if (canAsk(io)) return;
  throw new CommandError(
    `refusing to revoke without a confirmation: stdin or stdout is not a terminal, so pass --yes to revoke (or --dry-run to see what would be revoked: \`idp-sessions ${command} ... --dry-run\`)`,
    EXIT.usage,
  );
}

/** Asks on stderr; true only for `y` or `yes` (any case). End of input, or anything else, is a no. */
export async function confirmed(io: CommandIo, question: string, signal: AbortSignal | undefined): Promise<boolean> {
  io.stderr.write(`${question} [y/N] `);
  const answer = await io.stdin?.readLine(signal);
  if (answer === undefined) io.stderr.write("\n");
  return /^\s*(y|yes)\s*$/i.test(answer ?? "");
}

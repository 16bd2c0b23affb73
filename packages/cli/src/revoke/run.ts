import { EXIT } from "../exit-codes.js";
import type { CommandIo } from "../io.js";
import { confirmed, refuseUnattended } from "./confirm.js";
import { runJson } from "./json.js";
import { type Outcome, type Run, runExitCode } from "./outcome.js";
import { plural, toRevoke } from "./summary.js";
import { runText } from "./text.js";

export type RevokeFormat = "table" | "json";
export const REVOKE_FORMATS: readonly RevokeFormat[] = ["table", "json"];

/** Every target once: a dry run (list only) or for real. */
export type Job = (dryRun: boolean) => Promise<readonly Outcome[]>;

export interface RunOptions {
  command: "revoke" | "signout";
  dryRun: boolean;
  yes: boolean;
  format: RevokeFormat;
  /** The table's first line (the person's name), escaped there. */
  title?: string | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * A revoking command's flow. --dry-run: list only, never ask. Without --yes: refused at once when nobody can
 * be asked (exit 2); on a terminal, a dry run first, the plan on stderr, and y/N (anything but y or yes:
 * exit 8, nothing revoked). Then the run for real, its report on stdout, and its exit code (outcome.ts).
 */
export async function runRevoking(job: Job, options: RunOptions, io: CommandIo): Promise<number> {
  const text = (run: Run) => runText(run, options.title);
  const write = (run: Run) => io.stdout.write(options.format === "json" ? runJson(run) : text(run));
  if (options.dryRun) {
    const plan: Run = { dryRun: true, outcomes: await job(true) };
    write(plan);
    return runExitCode(plan);
  }
  if (!options.yes) {
    refuseUnattended(io, options.command);
    const plan: Run = { dryRun: true, outcomes: await job(true) };
    const count = toRevoke(plan);
    if (count === 0) {
      write(plan);
      return runExitCode(plan);
    }
    io.stderr.write(text(plan));
    const at = plural(plan.outcomes.filter((o) => (o.report?.found.length ?? 0) > 0).length, "provider");
    if (!(await confirmed(io, `Revoke ${plural(count, "session")} at ${at}?`, options.signal))) {
      io.stderr.write(`idp-sessions ${options.command}: not confirmed; nothing was revoked\n`);
      return EXIT.declined;
    }
  }
  const run: Run = { dryRun: false, outcomes: await stoppable(job, options, io) };
  write(run);
  return runExitCode(run);
}

/** The run for real; when it is stopped (Ctrl-C), a word on what that leaves before main says "interrupted". */
async function stoppable(job: Job, options: RunOptions, io: CommandIo): Promise<readonly Outcome[]> {
  try {
    return await job(false);
  } catch (error) {
    if (options.signal?.aborted) {
      io.stderr.write(
        `idp-sessions ${options.command}: stopped while revoking; some sessions may already be revoked (run it again to finish: it is safe to repeat)\n`,
      );
    }
    throw error;
  }
}

import { printable } from "../text/printable.js";
import type { Outcome, Run } from "./outcome.js";
import { plural, summary } from "./summary.js";

const ids = (list: readonly string[]) => list.map((id) => `    ${printable(id)}`);

/** What a dry run found at one provider: the sessions that would be revoked, one id a line. */
function planLines(outcome: Outcome): string[] {
  const { report } = outcome;
  if (!report) return [`  could not list: ${printable(outcome.error?.message ?? "")}`];
  if (report.found.length === 0) return ["  nothing to revoke: no active session"];
  return [`  would revoke ${plural(report.found.length, "session")}:`, ...ids(report.found)];
}

/** What a run did at one provider: counts, every failure with its error, and the verification. */
function doneLines(outcome: Outcome): string[] {
  const { report } = outcome;
  if (!report) return [`  not signed out: ${printable(outcome.error?.message ?? "")}`];
  const lines = [
    `  found ${report.found.length}, revoked ${report.revoked.length}, already gone ${report.alreadyGone.length}, failed ${report.failed.length}`,
    ...report.failed.map(({ sessionId, error }) => `    ${printable(sessionId)}: ${printable(error.message)}`),
  ];
  const check = report.verification;
  if (!check) return [...lines, "  not verified (--no-verify)"];
  const listings = plural(check.attempts, "listing");
  if (check.error)
    return [...lines, `  NOT VERIFIED: the listing afterwards failed: ${printable(check.error.message)}`];
  if (check.stillActive.length === 0) return [...lines, `  verified: no active session left (${listings})`];
  return [
    ...lines,
    `  STILL ACTIVE after ${listings}: ${plural(check.stillActive.length, "session")}`,
    ...ids(check.stillActive),
  ];
}

/**
 * A run for a person to read: a heading per provider (provider, user, method), then what was (or would be)
 * revoked, and a closing line. Every value a provider or user chose (ids, error messages) is escaped, so
 * nothing reaches the terminal as a control character.
 */
export function runText(run: Run, title?: string): string {
  const blocks = run.outcomes.map((outcome) => {
    const method = outcome.report?.method ?? outcome.method;
    const heading = `${outcome.provider}  user ${printable(outcome.user)}${method ? `  method ${printable(method)}` : ""}`;
    return [heading, ...(run.dryRun ? planLines(outcome) : doneLines(outcome))].join("\n");
  });
  const top = title === undefined ? [] : [`Sign out everywhere: ${printable(title)}${run.dryRun ? " (dry run)" : ""}`];
  return `${[...top, ...blocks, summary(run)].join("\n\n")}\n`;
}

import { resolveSettings } from "../providers/resolve.js";
import { type Outcome, runExitCode } from "../revoke/outcome.js";
import { signOutJob } from "../revoke/sign-out.js";
import { plural } from "../revoke/summary.js";
import { targetFor } from "../revoke/target.js";
import { printable } from "../text/printable.js";
import { pad, wrap } from "../text/width.js";
import type { DemoProvider } from "./list-each.js";

/** What one provider's sign-out did, in a few words. */
function done(outcome: Outcome): string {
  const { report } = outcome;
  if (!report) return `not signed out: ${printable(outcome.error?.message ?? "")}`;
  const failed = report.failed.length > 0 ? `, ${report.failed.length} failed` : "";
  const left = report.verification?.stillActive.length ?? 0;
  const proof = report.verification?.error ? "not verified" : left > 0 ? `${left} still active` : "none left active";
  return `revoked ${report.revoked.length}${failed}; ${proof}`;
}

/**
 * The demo's sign-out of its person at the mock servers, as `idp-sessions signout --person <file> --yes`
 * does it: a dry run first, then for real, with the verification. A real tenant is never touched here:
 * its line says so. Returns the lines and the run's exit code.
 */
export async function demoSignOut(
  mocked: readonly DemoProvider[],
  live: readonly DemoProvider[],
  width: number | undefined,
  signal: AbortSignal | undefined,
): Promise<{ lines: string[]; code: number }> {
  const targets = mocked.map(({ provider, env }) => targetFor(resolveSettings(provider, {}, env)));
  const job = signOutJob(targets, { verify: true, signal });
  const plan = await job(true);
  const found = plan.reduce((n, o) => n + (o.report?.found.length ?? 0), 0);
  const outcomes = await job(false);
  const name = Math.max(...[...mocked, ...live].map((p) => p.provider.length));
  const line = (provider: string, text: string) => {
    const first = `  ${pad(provider, name)}  `;
    return wrap(text, width, first, " ".repeat(first.length));
  };
  const lines = [
    ...wrap("Signed out everywhere (idp-sessions signout --person <file> --yes):", width),
    ...wrap(`dry run first: ${plural(found, "listed session")} to revoke, nothing sent`, width, "  ", "    "),
    ...outcomes.flatMap((o) => line(o.provider, done(o))),
    ...live.flatMap((p) => line(p.provider, "not signed out: the demo revokes only at its mock servers")),
  ];
  return { lines, code: runExitCode({ dryRun: false, outcomes }) };
}

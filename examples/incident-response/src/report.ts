/** The report for a person reading it in a terminal (pass --json for one to keep with the incident). */
import type { SignOutReport } from "@idp-sessions/signout";

export function printReport(name: string, report: SignOutReport): void {
  console.log(
    report.dryRun
      ? `DRY RUN for ${printable(name)}: nothing is revoked (run again with --yes)`
      : `Signing out ${printable(name)}`,
  );
  for (const { provider, user, report: r, error } of report.results) {
    const who = `${provider.padEnd(22)} ${printable(Object.values(user).join("/"))}`;
    if (error || !r) console.log(`${who}  NOT RUN: ${printable(error?.message ?? "no report")}`);
    else if (report.dryRun) console.log(`${who}  would revoke ${r.found.length}: ${printable(r.found.join(" "))}`);
    else {
      const left = r.verification?.stillActive ?? [];
      console.log(
        `${who}  revoked ${r.revoked.length}, already gone ${r.alreadyGone.length}, failed ${r.failed.length}`,
      );
      for (const { sessionId, error: failure } of r.failed)
        console.log(`  failed ${printable(sessionId)}: ${printable(failure.message)}`);
      console.log(left.length ? `  STILL ACTIVE: ${printable(left.join(" "))}` : "  verified: no active session left");
    }
  }
  if (!report.dryRun) console.log(report.complete ? "Done: signed out everywhere." : "NOT COMPLETE: see above.");
}

/** Ids and messages come from the providers: no control character reaches the terminal. */
function printable(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, (c) => {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

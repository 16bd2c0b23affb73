/**
 * Incident response: sign one person out everywhere, and prove it.
 *
 *   deno run --allow-net=<tenants> --allow-env=<credential variables> --allow-read=ada.json src/main.ts ada.json
 *   bun src/main.ts ada.json [--yes] [--json]
 *
 * A dry run unless --yes: it lists what would be revoked and sends nothing. Exit codes: 0 done (a dry run:
 * every provider listed; --yes: every session revoked and none left active), 1 not done (a provider
 * could not be listed or revoked, or a session is still active: see the report), 2 a usage error.
 */
import process from "node:process";
import { type SignOutReport, signOutEverywhere } from "@idp-sessions/signout";
import { readPerson, UsageError } from "./person.ts";
import { printReport } from "./report.ts";

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith("--"));
const unknown = args.filter((arg) => arg.startsWith("--") && arg !== "--yes" && arg !== "--json");

try {
  if (!file || unknown.length) throw new UsageError("usage: main.ts <person.json> [--yes] [--json]");
  const person = await readPerson(file);
  // The person is signed out at every provider at once; one provider failing never stops the others.
  // Ctrl-C (or the deadline) aborts what is in flight: run it again, a session already gone is no error.
  const report: SignOutReport = await signOutEverywhere(person.identities, {
    dryRun: !args.includes("--yes"),
    signal: AbortSignal.timeout(5 * 60_000),
  });
  if (args.includes("--json")) console.log(JSON.stringify({ person: person.name, ...report }, null, 2));
  else printReport(person.name, report);
  const listedEverywhere = report.results.every((result) => result.error === null);
  process.exitCode = (report.dryRun ? listedEverywhere : report.complete) ? 0 : 1;
} catch (error) {
  console.error(error instanceof UsageError ? error.message : error);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}

import type { ContractProvider } from "@idp-sessions/contract";
import type { IdpSessionsError, RevokeReport } from "@idp-sessions/core";
import { EXIT } from "../exit-codes.js";

/** What became of one user at one provider: the provider's report, or why there is none. */
export interface Outcome {
  provider: ContractProvider;
  /** The user id as given. */
  user: string;
  /** How the provider was asked (the report's method; when there is no report, the one asked for). */
  method: string | null;
  report: RevokeReport | null;
  /** Why there is no report: the listing before revoking failed, the credential was refused, ... */
  error: IdpSessionsError | null;
}

/** One run over every target: a dry run or for real. */
export interface Run {
  dryRun: boolean;
  outcomes: readonly Outcome[];
}

/** Nothing failed and no verification found a session left or failed (a dry run: every listing worked). */
export const complete = (outcome: Outcome): boolean => outcome.error === null && outcome.report?.complete === true;

const notRevoked = (o: Outcome) => o.error !== null || (o.report?.failed.length ?? 0) > 0;
const notVerified = (o: Outcome) =>
  (o.report?.verification?.stillActive.length ?? 0) > 0 || o.report?.verification?.error !== undefined;

/**
 * The exit code of a run. Precedence: 6 (a session or a whole provider not revoked) over 7 (sessions still
 * active afterwards, or the verification listing failed) over 0: a session whose revoke failed is usually
 * still listed too, and the failure is the cause to report.
 */
export function runExitCode(run: Run): number {
  if (run.outcomes.some(notRevoked)) return EXIT.notRevoked;
  if (run.outcomes.some(notVerified)) return EXIT.notVerified;
  return EXIT.ok;
}

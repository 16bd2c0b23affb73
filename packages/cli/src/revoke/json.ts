import type { IdpSessionsError } from "@idp-sessions/core";
import { complete, type Outcome, type Run } from "./outcome.js";

/** The version of the json output's shape; it changes only when a key is removed or changes meaning. */
export const JSON_VERSION = 1;

/** An error as its toJSON gives it (name, message, provider, operation, and status, code, ... of API errors). */
const errorJson = (error: IdpSessionsError | null | undefined) => error?.toJSON() ?? null;

function resultJson(outcome: Outcome) {
  const { report } = outcome;
  return {
    provider: outcome.provider,
    user: outcome.user,
    method: report?.method ?? outcome.method,
    found: report?.found ?? [],
    revoked: report?.revoked ?? [],
    alreadyGone: report?.alreadyGone ?? [],
    failed: (report?.failed ?? []).map(({ sessionId, error }) => ({ sessionId, error: errorJson(error) })),
    verification: report?.verification
      ? {
          stillActive: report.verification.stillActive,
          attempts: report.verification.attempts,
          error: errorJson(report.verification.error),
        }
      : null,
    complete: complete(outcome),
    error: errorJson(outcome.error),
  };
}

/** What JSON.stringify leaves as it is but a terminal may act on: DEL, C1 controls, bidi controls, line separators. */
const TERMINAL_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * The json output of a run (the README's "JSON output", version 1): every key always present. Values are
 * exact; the characters a terminal could act on are written as \u escapes, which parse back to the same.
 */
export function runJson(run: Run): string {
  const results = run.outcomes.map(resultJson);
  const document = { version: JSON_VERSION, dryRun: run.dryRun, complete: results.every((r) => r.complete), results };
  const text = JSON.stringify(document, null, 2).replace(
    TERMINAL_UNSAFE,
    (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  );
  return `${text}\n`;
}

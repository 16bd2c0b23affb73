import { signOutEverywhere } from "@idp-sessions/signout";
import type { Outcome } from "./outcome.js";
import type { Job } from "./run.js";
import type { Target } from "./target.js";

export interface SignOutOptions {
  verify: boolean;
  concurrency?: number | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Every target at once through signOutEverywhere: one outcome per target, in order. A provider that could
 * not be run (its listing failed, its credential was refused) is an outcome with its error; the others go on.
 */
export function signOutJob(targets: readonly Target[], options: SignOutOptions): Job {
  return async (dryRun) => {
    const report = await signOutEverywhere(
      targets.map((t) => t.identity),
      { dryRun, verify: options.verify, concurrency: options.concurrency, signal: options.signal },
    );
    return report.results.map((result, i): Outcome => {
      const target = targets[i] as Target;
      return {
        provider: target.settings.provider,
        user: target.user,
        method: result.report?.method ?? target.method ?? null,
        report: result.report,
        error: result.error,
      };
    });
  };
}

import { complete, type Outcome, type Run } from "./outcome.js";

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const sum = (outcomes: readonly Outcome[], count: (o: Outcome) => number) =>
  outcomes.reduce((total, o) => total + count(o), 0);

/** The sessions a dry run would revoke, over every provider. */
export function toRevoke(run: Run): number {
  return sum(run.outcomes, (o) => o.report?.found.length ?? 0);
}

/** The closing line: what was done, and whether the person is signed out everywhere. */
export function summary(run: Run): string {
  const { outcomes } = run;
  const at = plural(outcomes.length, "provider");
  if (run.dryRun) {
    if (toRevoke(run) === 0 && outcomes.every(complete)) return `Nothing to revoke: no active session at ${at}.`;
    const failed = outcomes.filter((o) => o.report === null).length;
    const cannot = failed > 0 ? `; ${plural(failed, "provider")} could not be listed` : "";
    return `Dry run: nothing was revoked. ${plural(toRevoke(run), "session")} would be revoked at ${at}${cannot}.`;
  }
  const revoked = sum(outcomes, (o) => o.report?.revoked.length ?? 0);
  const gone = sum(outcomes, (o) => o.report?.alreadyGone.length ?? 0);
  const done = `${plural(revoked, "session")} revoked, ${gone} already gone, at ${at}`;
  if (outcomes.every(complete)) {
    const verified = outcomes.every((o) => o.report?.verification);
    return verified ? `Done: ${done}; verified: none left active.` : `Done: ${done}; not verified (--no-verify).`;
  }
  const failed = sum(outcomes, (o) => o.report?.failed.length ?? 0);
  const left = sum(outcomes, (o) => o.report?.verification?.stillActive.length ?? 0);
  const reasons = [
    ...(failed > 0 ? [`${plural(failed, "session")} not revoked`] : []),
    ...outcomes.filter((o) => o.error).map((o) => `${o.provider} not signed out`),
    ...(left > 0 ? [`${plural(left, "session")} still active`] : []),
    ...outcomes.filter((o) => o.report?.verification?.error).map((o) => `${o.provider} could not be verified`),
  ];
  return `NOT COMPLETE: ${reasons.join(", ")} (${done}).`;
}

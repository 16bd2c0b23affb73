import { type OperationRole, operationsOf } from "../operation.js";
import type { OperationId } from "../operation-ids.js";
import type { ProviderReport } from "../report.js";
import { SESSION_CALLS } from "../session-calls.js";
import { isContractProvider, SPECS } from "../specs.js";
import type { CheckName, CheckResult } from "./document.js";

const ROLE_CHECKS: Partial<Record<OperationRole, CheckName>> = { list: "listing", get: "get", revoke: "revoke" };

/** The operation checks a run of this provider makes: the listing, the get (where it has one), the revoke (destructive). */
export function planned(provider: string, destructive: boolean): CheckName[] {
  if (!isContractProvider(provider)) return [];
  const calls = SESSION_CALLS[provider];
  return ["listing", ...(calls?.get ? ["get" as const] : []), ...(destructive && calls ? ["revoke" as const] : [])];
}

/** The check an operation belongs to, by its x-idp-sessions role. */
function checkOf(provider: string, operation: string | undefined): CheckName | undefined {
  if (!isContractProvider(provider) || operation === undefined) return undefined;
  const role = operationsOf(SPECS[provider]).find((op) => op.id === operation)?.role;
  return role === undefined ? undefined : ROLE_CHECKS[role];
}

/** The check a violation counts against: its operation's, when the run plans it; else the run. */
export function owningCheck(provider: string, plan: readonly CheckName[], operation: string | undefined): CheckName {
  const check = checkOf(provider, operation);
  return check !== undefined && plan.includes(check) ? check : "run";
}

/** The operationId a check is for: the one sent, else the only one of its role in the spec. */
function operationOf(report: ProviderReport, check: CheckName): OperationId | undefined {
  const sent = report.operations.find((op) => checkOf(report.provider, op) === check);
  if (sent !== undefined || !isContractProvider(report.provider)) return sent;
  const ofRole = operationsOf(SPECS[report.provider]).filter((op) => op.role && ROLE_CHECKS[op.role] === check);
  return ofRole.length === 1 ? (ofRole[0]?.id as OperationId) : undefined;
}

/**
 * Every check of one provider's run: one per operation it sends (failed by its violations, skipped when
 * not sent), the drift (passed with warnings: drift never fails), and the run (the error that ended it,
 * violations of no operation, or a required provider skipped).
 */
export function checksOf(report: ProviderReport, options: { destructive: boolean; required: boolean }): CheckResult[] {
  const plan = planned(report.provider, options.destructive);
  const skipped = report.status === "skipped";
  const count = (check: CheckName) =>
    report.violations.filter((v) => owningCheck(report.provider, plan, v.operation) === check).length;
  const checks: CheckResult[] = plan.map((name) => {
    const operation = operationOf(report, name);
    const violations = count(name);
    const sent = operation !== undefined && report.operations.includes(operation);
    const base = { name, ...(operation ? { operation } : {}), violations, warnings: 0 };
    if (violations > 0) return { ...base, status: "failed", message: `${violations} violation(s)` };
    if (sent) return { ...base, status: "passed" };
    return { ...base, status: "skipped", message: skipped ? (report.reason ?? "skipped") : "not sent" };
  });
  const drift = report.drift.length;
  checks.push({
    name: "drift",
    status: skipped ? "skipped" : "passed",
    ...(skipped ? { message: report.reason ?? "skipped" } : drift > 0 ? { message: `${drift} warning(s)` } : {}),
    violations: 0,
    warnings: drift,
  });
  checks.push(runCheck(report, count("run"), options.required));
  return checks;
}

function runCheck(report: ProviderReport, violations: number, required: boolean): CheckResult {
  const base = { name: "run" as const, violations, warnings: 0 };
  const reason = report.reason ?? report.status;
  if (report.status === "skipped")
    return required
      ? { ...base, status: "failed", message: `required, but skipped: ${reason}` }
      : { ...base, status: "skipped", message: reason };
  if (report.reason !== undefined) return { ...base, status: "failed", message: report.reason };
  if (violations > 0) return { ...base, status: "failed", message: `${violations} violation(s) of no operation` };
  return { ...base, status: "passed" };
}

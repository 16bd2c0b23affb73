import type { ContractViolation, ProviderReport } from "../report.js";
import { checksOf, owningCheck, planned } from "./checks.js";
import {
  type CheckName,
  type ContractReportDocument,
  type ProviderResult,
  REPORT_VERSION,
  type ReportViolation,
} from "./document.js";

export interface DocumentOptions {
  /** The run also checked the revoking operation (`--destructive`). */
  destructive?: boolean | undefined;
  /** The providers whose skip fails the run (`--require`). */
  required?: readonly string[] | undefined;
}

function violationOf(v: ContractViolation, check: CheckName): ReportViolation {
  return {
    check,
    ...(v.operation !== undefined ? { operation: v.operation } : {}),
    ...(v.exchange !== undefined ? { exchange: v.exchange } : {}),
    ...(v.side !== undefined ? { side: v.side } : {}),
    in: v.in,
    pointer: v.pointer,
    expected: v.expected,
    actual: v.actual,
    message: v.message,
  };
}

function resultOf(report: ProviderReport, destructive: boolean, required: boolean): ProviderResult {
  const plan = planned(report.provider, destructive);
  return {
    provider: report.provider,
    status: report.status,
    ...(report.reason !== undefined ? { reason: report.reason } : {}),
    required,
    requests: report.requests,
    sessions: report.sessions,
    operations: [...report.operations],
    checks: checksOf(report, { destructive, required }),
    violations: report.violations.map((v) => violationOf(v, owningCheck(report.provider, plan, v.operation))),
    warnings: report.drift.map((d) => ({
      kind: "drift",
      pointer: d.pointer,
      path: d.path,
      message: `${d.path} is not in the spec (first at ${d.pointer})`,
    })),
  };
}

/** The versioned report of a run (already redacted reports in, nothing added that a credential could reach). */
export function reportDocument(
  reports: readonly ProviderReport[],
  options: DocumentOptions = {},
): ContractReportDocument {
  const destructive = options.destructive === true;
  const required = [...(options.required ?? [])];
  const providers = reports.map((r) => resultOf(r, destructive, required.includes(r.provider)));
  const requiredSkipped = providers.filter((p) => p.required && p.status === "skipped").map((p) => p.provider);
  const failed = providers.filter((p) => p.status === "failed").length;
  const skipped = providers.filter((p) => p.status === "skipped").length;
  return {
    version: REPORT_VERSION,
    ok: failed === 0 && requiredSkipped.length === 0,
    destructive,
    required,
    summary: {
      providers: providers.length,
      checked: providers.length - skipped,
      skipped,
      failed,
      violations: providers.reduce((n, p) => n + p.violations.length, 0),
      warnings: providers.reduce((n, p) => n + p.warnings.length, 0),
      requiredSkipped,
    },
    providers,
  };
}

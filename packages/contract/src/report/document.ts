import type { OperationId } from "../operation-ids.js";
import type { ViolationLocation } from "../violation.js";

/** The version of the JSON report; a change that breaks a reader of it gets a new one. */
export const REPORT_VERSION = 1;

/** What a provider's run is checked for: each operation by its role, the drift, and the run as a whole. */
export type CheckName = "listing" | "get" | "revoke" | "drift" | "run";

/** One check of one provider: a JUnit test case, a row of the details. */
export interface CheckResult {
  name: CheckName;
  /** The operationId checked, when known (a check that was not sent may not know it). */
  operation?: OperationId;
  status: "passed" | "failed" | "skipped";
  /** Why it was skipped or failed. */
  message?: string;
  /** How many of the provider's violations belong to this check, and (drift) how many warnings. */
  violations: number;
  warnings: number;
}

/** A violation as the report carries it: where, what the spec expected, what came. */
export interface ReportViolation {
  /** The check it fails: its operation's, or `run` (a request of no operation, an unknown provider). */
  check: CheckName;
  /** The operationId of the exchange; absent when the request matched none (or for an unknown provider). */
  operation?: OperationId;
  exchange?: number;
  side?: "request" | "response";
  in: ViolationLocation;
  pointer: string;
  expected: string;
  actual: string;
  message: string;
}

/** A field the spec does not describe: a warning, never a failure. */
export interface DriftWarning {
  kind: "drift";
  pointer: string;
  path: string;
  message: string;
}

export interface ProviderResult {
  provider: string;
  status: "passed" | "failed" | "skipped";
  /** Why it was skipped (variables missing or empty) or refused, or the error that ended the run. */
  reason?: string;
  /** Named by `--require`: a skip fails the run. */
  required: boolean;
  requests: number;
  sessions: number;
  operations: OperationId[];
  checks: CheckResult[];
  violations: ReportViolation[];
  warnings: DriftWarning[];
}

/** The JSON report (`--format json`), version 1; every other format is rendered from it. */
export interface ContractReportDocument {
  version: typeof REPORT_VERSION;
  /** No provider failed and no required provider was skipped. */
  ok: boolean;
  destructive: boolean;
  /** The provider ids `--require` named (`all` expanded). */
  required: string[];
  summary: {
    providers: number;
    checked: number;
    skipped: number;
    failed: number;
    violations: number;
    warnings: number;
    /** Required providers that were skipped. */
    requiredSkipped: string[];
  };
  providers: ProviderResult[];
}

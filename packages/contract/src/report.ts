import type { Drift } from "./drift.js";
import type { OperationId } from "./operation-ids.js";
import { Redactor } from "./redactor.js";
import { CONTRACT_PROVIDERS, type ContractProvider } from "./specs.js";
import { unknownProvider, type Violation } from "./violation.js";

export interface ContractViolation extends Violation {
  /** Which exchange (0-based) and which side of it; absent for what concerns the run (an unknown provider). */
  exchange?: number | undefined;
  side?: "request" | "response" | undefined;
  /** The operationId the exchange was for (matched by method and path template); absent when none matched. */
  operation?: OperationId | undefined;
}

export interface ProviderReport {
  provider: ContractProvider;
  status: "passed" | "failed" | "skipped";
  /** Why it was skipped (missing variables) or refused, or the error that ended the run. */
  reason?: string;
  requests: number;
  sessions: number;
  /** The operations the exchanges were for, each once, in the order first sent. */
  operations: OperationId[];
  violations: ContractViolation[];
  /** Undocumented fields, each path once. */
  drift: Drift[];
}

/** A report of a provider that sent no request: skipped (variables missing) or failed (refused). */
export function noRunReport(provider: ContractProvider, status: "skipped" | "failed", reason: string): ProviderReport {
  return { provider, status, reason, requests: 0, sessions: 0, operations: [], violations: [], drift: [] };
}

/** The report for a provider id this package does not know (from JavaScript, past the types). */
export function unknownProviderReport(provider: unknown): ProviderReport {
  const violation = unknownProvider(new Redactor(), provider);
  const id = (typeof provider === "string" ? provider : violation.actual) as ContractProvider;
  const reason = `unknown provider ${violation.actual}; known: ${CONTRACT_PROVIDERS.join(", ")}`;
  return { ...noRunReport(id, "failed", reason), violations: [violation] };
}

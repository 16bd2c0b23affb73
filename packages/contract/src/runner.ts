import { redact, type SessionList } from "@idp-sessions/core/internal";
import { normalizeSession, type RawSessions } from "@idp-sessions/normalize";
import { credentialsIn } from "./credentials.js";
import { type Drift, findDrift } from "./drift.js";
import { type Exchange, recordingFetch } from "./recording-fetch.js";
import { Redactor } from "./redactor.js";
import { CONTRACT_PROVIDERS, type ContractProvider, isContractProvider } from "./specs.js";
import { validateRequest } from "./validate-request.js";
import { validateResponse } from "./validate-response.js";
import { unknownProvider, type Violation } from "./violation.js";

type FetchFn = (request: Request) => Promise<Response>;

/** What the runner checks: a provider, and how to list one user's sessions with a given `fetch`. */
export interface ContractTarget<P extends ContractProvider = ContractProvider> {
  provider: P;
  list(fetch: FetchFn): SessionList<RawSessions[P]>;
  /** Credential values no report may contain (targetFromEnv sets them; request credentials are added). */
  secrets?: readonly string[] | undefined;
}

export interface ContractViolation extends Violation {
  /** Which exchange (0-based) and which side of it; absent for what concerns the run (an unknown provider). */
  exchange?: number | undefined;
  side?: "request" | "response" | undefined;
}

export interface ProviderReport {
  provider: ContractProvider;
  status: "passed" | "failed" | "skipped";
  /** Why it was skipped (missing variables), or the error that ended the listing. */
  reason?: string;
  requests: number;
  sessions: number;
  violations: ContractViolation[];
  /** Undocumented fields, each path once. */
  drift: Drift[];
}

/** The report for a provider id this package does not know (from JavaScript, past the types). */
export function unknownProviderReport(provider: unknown): ProviderReport {
  const violation = unknownProvider(new Redactor(), provider);
  return {
    provider: (typeof provider === "string" ? provider : violation.actual) as ContractProvider,
    status: "failed",
    reason: `unknown provider ${violation.actual}; known: ${CONTRACT_PROVIDERS.join(", ")}`,
    requests: 0,
    sessions: 0,
    violations: [violation],
    drift: [],
  };
}

/**
 * Lists a user's sessions through the real client, normalizes each, and checks every exchange. Every
 * string of the report is redacted: the target's secrets and the credentials each request carried, which
 * a hostile server may echo into body values, property names (drift) or error messages.
 */
export async function runContract(target: ContractTarget, options: { fetch?: FetchFn } = {}): Promise<ProviderReport> {
  const provider = target.provider;
  if (typeof provider !== "string" || !isContractProvider(provider)) return unknownProviderReport(provider);
  const exchanges: Exchange[] = [];
  let sessions = 0;
  let failure: unknown;
  try {
    for await (const raw of target.list(recordingFetch(exchanges, options.fetch))) {
      normalizeSession(provider, raw as never);
      sessions++;
    }
  } catch (error) {
    failure = error ?? "error";
  }
  const secrets = [...(target.secrets ?? []), ...exchanges.flatMap((e) => credentialsIn(provider, e.request.headers))];
  const checked = { secrets };
  const violations: ContractViolation[] = [];
  const drift = new Map<string, Drift>();
  exchanges.forEach((exchange, index) => {
    for (const v of validateRequest(provider, exchange.request, checked))
      violations.push({ ...v, exchange: index, side: "request" });
    const response = exchange.response;
    if (!response) return;
    for (const v of validateResponse(provider, response, checked))
      violations.push({ ...v, exchange: index, side: "response" });
    for (const d of findDrift(provider, response, checked)) if (!drift.has(d.path)) drift.set(d.path, d);
  });
  const reason =
    failure === undefined
      ? undefined
      : new Redactor(secrets).text(
          failure instanceof Error ? failure.message : typeof failure === "string" ? failure : typeof failure,
        );
  const report: ProviderReport = {
    provider,
    status: violations.length > 0 || reason !== undefined ? "failed" : "passed",
    ...(reason !== undefined ? { reason } : {}),
    requests: exchanges.length,
    sessions,
    violations,
    drift: [...drift.values()],
  };
  // Every string once more through core's redaction, whatever produced it.
  return redact(report, secrets) as ProviderReport;
}

import type { SessionList } from "@idp-sessions/core";
import { normalizeSession, type RawSessions } from "@idp-sessions/normalize";
import { type Drift, findDrift } from "./drift.js";
import { type Exchange, recordingFetch } from "./recording-fetch.js";
import type { ContractProvider } from "./specs.js";
import { validateRequest } from "./validate-request.js";
import { validateResponse } from "./validate-response.js";
import type { Violation } from "./violation.js";

type FetchFn = (request: Request) => Promise<Response>;

/** What the runner checks: a provider, and how to list one user's sessions with a given `fetch`. */
export interface ContractTarget<P extends ContractProvider = ContractProvider> {
  provider: P;
  list(fetch: FetchFn): SessionList<RawSessions[P]>;
}

export interface ContractViolation extends Violation {
  /** Which exchange (0-based) and which side of it. */
  exchange: number;
  side: "request" | "response";
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

/** Lists a user's sessions through the real client, normalizes each, and checks every exchange. */
export async function runContract(target: ContractTarget, options: { fetch?: FetchFn } = {}): Promise<ProviderReport> {
  const exchanges: Exchange[] = [];
  let sessions = 0;
  let reason: string | undefined;
  try {
    for await (const raw of target.list(recordingFetch(exchanges, options.fetch))) {
      normalizeSession(target.provider, raw as never);
      sessions++;
    }
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  }
  const violations: ContractViolation[] = [];
  const drift = new Map<string, Drift>();
  exchanges.forEach((exchange, index) => {
    for (const v of validateRequest(target.provider, exchange.request))
      violations.push({ ...v, exchange: index, side: "request" });
    const response = exchange.response;
    if (!response) return;
    for (const v of validateResponse(target.provider, response))
      violations.push({ ...v, exchange: index, side: "response" });
    for (const d of findDrift(target.provider, response)) if (!drift.has(d.path)) drift.set(d.path, d);
  });
  const failed = violations.length > 0 || reason !== undefined;
  return {
    provider: target.provider,
    status: failed ? "failed" : "passed",
    ...(reason ? { reason } : {}),
    requests: exchanges.length,
    sessions,
    violations,
    drift: [...drift.values()],
  };
}

/** A plain-text summary: one line per provider, then each violation and drift path. */
export function formatReports(reports: readonly ProviderReport[]): string {
  const lines = ["provider               status   requests  sessions  violations  drift"];
  for (const r of reports) {
    const counts =
      r.status === "skipped"
        ? "-         -         -           -"
        : `${String(r.requests).padEnd(9)} ${String(r.sessions).padEnd(9)} ${String(r.violations.length).padEnd(11)} ${r.drift.length}`;
    lines.push(`${r.provider.padEnd(22)} ${r.status.padEnd(8)} ${counts}`);
    if (r.reason) lines.push(`  ${r.status === "skipped" ? "skipped" : "error"}: ${r.reason}`);
    for (const v of r.violations) {
      lines.push(
        `  violation: ${v.side} #${v.exchange} ${v.in} ${v.pointer || "/"}: ${v.message} (expected ${v.expected}, got ${v.actual})`,
      );
    }
    for (const d of r.drift) lines.push(`  drift: ${d.path} is not in the spec (first at ${d.pointer})`);
  }
  return lines.join("\n");
}

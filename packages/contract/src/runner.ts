import { redact, type SessionList } from "@idp-sessions/core/internal";
import type { RawSessions } from "@idp-sessions/normalize";
import { checkExchanges } from "./check-exchanges.js";
import { credentialsIn } from "./credentials.js";
import { type Exchange, recordingFetch } from "./recording-fetch.js";
import { Redactor } from "./redactor.js";
import { noRunReport, type ProviderReport, unknownProviderReport } from "./report.js";
import { type ContractProvider, isContractProvider } from "./specs.js";
import { answered, listedIds, revokeOne } from "./steps.js";

type FetchFn = (request: Request) => Promise<Response>;

/** The dedicated test user of destructive checks: its listing, and the revoking of one of its sessions. */
export interface DestructiveTarget<P extends ContractProvider = ContractProvider> {
  list(fetch: FetchFn): SessionList<RawSessions[P]>;
  /** Sends the spec's revoke operation for this session of the test user. */
  revoke(fetch: FetchFn, sessionId: string): Promise<unknown>;
}

/** What the runner checks: a provider, how to list one user's sessions, get one, and (destructive) revoke one. */
export interface ContractTarget<P extends ContractProvider = ContractProvider> {
  provider: P;
  list(fetch: FetchFn): SessionList<RawSessions[P]>;
  /** Sends the spec's get operation for one listed session; absent where the spec has none (Huawei). */
  get?(fetch: FetchFn, sessionId: string): Promise<unknown>;
  /** Used only by a run with `destructive: true`; never the listed user unless the caller made it so. */
  destructive?: DestructiveTarget<P> | undefined;
  /** Credential values no report may contain (targetFromEnv sets them; request credentials are added). */
  secrets?: readonly string[] | undefined;
}

export interface RunOptions {
  fetch?: FetchFn | undefined;
  /** Also revoke ONE session of `target.destructive`'s test user (refused without it). Default false. */
  destructive?: boolean | undefined;
}

/**
 * Lists a user's sessions through the real client and normalizes each, gets the first one listed (where the
 * spec has a get), and, only with `destructive: true`, revokes one session of the dedicated test user;
 * then checks every exchange against its operation. Every string of the report is redacted: the target's
 * secrets and the credentials each request carried, which a hostile server may echo into body values,
 * property names (drift) or error messages.
 */
export async function runContract(target: ContractTarget, options: RunOptions = {}): Promise<ProviderReport> {
  const provider = target.provider;
  if (typeof provider !== "string" || !isContractProvider(provider)) return unknownProviderReport(provider);
  if (options.destructive === true && !target.destructive)
    return noRunReport(provider, "failed", "destructive checks need a dedicated test user; nothing was sent");
  const exchanges: Exchange[] = [];
  const fetch = recordingFetch(exchanges, options.fetch);
  let sessions = 0;
  let failure: unknown;
  try {
    const ids = await listedIds(provider, target.list(fetch));
    sessions = ids.length;
    const get = target.get;
    const [first] = ids.filter(Boolean);
    if (get && first !== undefined) await answered(provider, exchanges, () => get(fetch, first));
    if (options.destructive === true && target.destructive)
      await revokeOne(provider, target.destructive, fetch, exchanges);
  } catch (error) {
    failure = error ?? "error";
  }
  const secrets = [...(target.secrets ?? []), ...exchanges.flatMap((e) => credentialsIn(provider, e.request.headers))];
  const checked = checkExchanges(provider, exchanges, secrets);
  const reason = failure === undefined ? undefined : new Redactor(secrets).text(describe(failure));
  const report: ProviderReport = {
    provider,
    status: checked.violations.length > 0 || reason !== undefined ? "failed" : "passed",
    ...(reason !== undefined ? { reason } : {}),
    requests: exchanges.length,
    sessions,
    ...checked,
  };
  // Every string once more through core's redaction, whatever produced it.
  return redact(report, secrets) as ProviderReport;
}

function describe(failure: unknown): string {
  return failure instanceof Error ? failure.message : typeof failure === "string" ? failure : typeof failure;
}

import { checkExchanges } from "./check-exchanges.js";
import { credentialsIn } from "./credentials.js";
import type { Drift } from "./drift.js";
import { type Exchange, recordingFetch } from "./recording-fetch.js";
import type { ContractViolation } from "./report.js";
import { type ContractProvider, isContractProvider } from "./specs.js";

type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

export interface CheckingFetchOptions {
  /** The fetch that sends (default: the global one at the time of each call). */
  fetch?: Fetch | undefined;
  /** Credentials no violation may quote (those in each request's Authorization and API key headers are added). */
  secrets?: readonly string[] | undefined;
  /** At most this many violations are kept (default 1000); the others are only counted in `omitted`. */
  maxViolations?: number | undefined;
  /** At most this many drift paths are kept (default 1000). */
  maxDrift?: number | undefined;
}

/** A drop-in `fetch` that checks each exchange against a provider's spec as it happens. */
export interface CheckingFetch {
  fetch: Fetch;
  /** Every violation so far (at most `maxViolations`), each with its exchange's index and operationId. */
  readonly violations: readonly ContractViolation[];
  /** Fields the spec does not describe, each path once (at most `maxDrift`): warnings, not violations. */
  readonly drift: readonly Drift[];
  /** How many exchanges were checked. */
  readonly exchanges: number;
  /** Violations found but not kept (over `maxViolations`). */
  readonly omitted: number;
  /** Forgets what was collected (between tests). */
  clear(): void;
}

/**
 * Wraps `fetch` so that each request and its response are checked against `provider`'s spec (operation
 * matched by method and path) before the response is handed on, unchanged (its body read once, at most
 * the clients' size cap). What it finds is collected, never thrown: a violation cannot change what the
 * application sees. Errors of the inner fetch (a refused connection) reach the caller as they are (the request is
 * still checked). Memory
 * is bounded: no exchange is kept, only up to `maxViolations` violations and `maxDrift` drift paths.
 */
export function checkingFetch(provider: ContractProvider, options: CheckingFetchOptions = {}): CheckingFetch {
  const maxViolations = options.maxViolations ?? 1000;
  const maxDrift = options.maxDrift ?? 1000;
  const violations: ContractViolation[] = [];
  const drift = new Map<string, Drift>();
  let exchanges = 0;
  let omitted = 0;
  const inner: Fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  function check(recorded: readonly Exchange[]): void {
    const index = exchanges++;
    const headers = recorded[0]?.request.headers ?? new Headers();
    const credentials = isContractProvider(String(provider)) ? credentialsIn(provider, headers) : [];
    const found = checkExchanges(provider, recorded, [...(options.secrets ?? []), ...credentials]);
    for (const v of found.violations) {
      if (violations.length < maxViolations) violations.push({ ...v, exchange: index });
      else omitted++;
    }
    for (const d of found.drift) if (drift.size < maxDrift && !drift.has(d.path)) drift.set(d.path, d);
  }

  const wrapped: Fetch = async (input, init) => {
    let request: Request;
    try {
      request = new Request(input, init);
    } catch {
      return inner(input, init); // not a request fetch could send either: let it say so
    }
    const recorded: Exchange[] = [];
    try {
      return await recordingFetch(recorded, (r) => inner(r))(request);
    } finally {
      // A request that got no response is checked too. The checks return violations rather than throw;
      // should one fail anyway, the application is not the one to know.
      try {
        if (recorded.length > 0) check(recorded);
      } catch {}
    }
  };

  return {
    fetch: wrapped,
    get violations() {
      return violations;
    },
    get drift() {
      return [...drift.values()];
    },
    get exchanges() {
      return exchanges;
    },
    get omitted() {
      return omitted;
    },
    clear() {
      violations.length = 0;
      drift.clear();
      exchanges = 0;
      omitted = 0;
    },
  };
}

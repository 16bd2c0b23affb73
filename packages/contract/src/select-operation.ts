import { type FoundOperation, findOperation, listingOperation, operationById, operationsOf } from "./operation.js";
import type { OperationId } from "./operation-ids.js";
import type { Redactor } from "./redactor.js";
import { type ContractProvider, isContractProvider, SPECS } from "./specs.js";
import { type Violation, violation } from "./violation.js";

/** What identifies a request's operation: its method and full URL. */
export interface RequestLine {
  method: string;
  url: string;
}

/** Which operation of the spec a check is against. */
export interface OperationChoice<P extends ContractProvider = ContractProvider> {
  /** The operation by operationId (`getSession`). */
  operation?: OperationId<P> | undefined;
  /** The request (or the request a response answered): its operation is matched by method and path template. */
  request?: RequestLine | undefined;
}

/** The path part of the spec's first server URL, e.g. `/api/v2` for Auth0 (server variables are host-only). */
function serverPath(provider: ContractProvider): string {
  const servers = (SPECS[provider] as { servers?: { url: string }[] }).servers ?? [];
  return (servers[0]?.url ?? "").replace(/^[a-z]+:\/\/[^/]*/, "").replace(/\/$/, "");
}

export function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** A URL's path relative to the spec's server URL (`/users/u/sessions` for `.../api/v2/users/u/sessions`). */
export function operationPath(provider: ContractProvider, url: URL): string {
  const base = serverPath(provider);
  return base && url.pathname.startsWith(`${base}/`) ? url.pathname.slice(base.length) : url.pathname;
}

/** The operation a request is for, by method and path template, with its path parameters. */
export function operationOfRequest(provider: ContractProvider, request: RequestLine): FoundOperation | undefined {
  const url = parseUrl(String(request.url));
  return url && findOperation(SPECS[provider], String(request.method), operationPath(provider, url));
}

/**
 * The operation named, or the one the request matches, or else the listing; a violation when the name is
 * unknown, the request matches none, or the two disagree.
 */
export function chooseOperation(
  r: Redactor,
  provider: ContractProvider,
  choice: OperationChoice,
): { found: FoundOperation } | { refused: Violation } {
  const chosen = choose(r, provider, choice);
  return "in" in chosen ? { refused: chosen } : { found: chosen };
}

function choose(r: Redactor, provider: ContractProvider, choice: OperationChoice): FoundOperation | Violation {
  const doc = SPECS[provider];
  const named = choice.operation === undefined ? undefined : operationById(doc, String(choice.operation));
  if (choice.operation !== undefined && !named) {
    const known = operationsOf(doc).map((op) => op.id);
    return violation(r, {
      in: "operation",
      pointer: "",
      message: "unknown operation",
      expected: `one of ${known.join(", ")}`,
      actual: r.quote(choice.operation),
    });
  }
  if (!choice.request) return named ?? listingOperation(doc);
  const matched = operationOfRequest(provider, choice.request);
  const url = parseUrl(String(choice.request.url));
  const line = r.quote(
    `${String(choice.request.method)} ${url ? operationPath(provider, url) : String(choice.request.url)}`,
  );
  if (!matched) {
    const expected = operationsOf(doc).map((op) => `${op.method.toUpperCase()} ${op.path}`);
    return violation(r, {
      in: "path",
      pointer: "",
      message: "no operation matches",
      expected: expected.join(", "),
      actual: line,
    });
  }
  if (named && named.id !== matched.id) {
    const expected = `${named.method.toUpperCase()} ${named.path} (${named.id})`;
    return violation(r, {
      in: "operation",
      pointer: "",
      message: `the request is for ${matched.id}`,
      expected,
      actual: line,
    });
  }
  return matched;
}

/** The operationId a recorded request is for (matched by method and path template), or undefined. */
export function matchOperation<P extends ContractProvider>(
  provider: P,
  request: RequestLine,
): OperationId<P> | undefined {
  if (typeof provider !== "string" || !isContractProvider(provider)) return undefined;
  try {
    return operationOfRequest(provider, request)?.id as OperationId<P> | undefined;
  } catch {
    return undefined; // a getter that throws, from JavaScript: no operation
  }
}

import type { ErrorObject } from "ajv";
import { MAX_DEPTH, tooDeep } from "./depth.js";
import { escapePointer } from "./pointer.js";
import { Redactor } from "./redactor.js";
import { CONTRACT_PROVIDERS, type ContractProvider, isContractProvider } from "./specs.js";

/**
 * Where in a request or response a violation is (`provider`: the provider id itself is unknown;
 * `operation`: the operationId asked for is unknown, or the request is for another operation).
 */
export type ViolationLocation = "provider" | "operation" | "status" | "headers" | "path" | "query" | "body";

/**
 * One way a request or response breaks its spec. `pointer` is a JSON pointer into the part named by `in`:
 * into the body (`/sessions/0/id`), or to a header, path or query parameter (`/x-pagination/has_next`).
 */
export interface Violation {
  in: ViolationLocation;
  pointer: string;
  message: string;
  expected: string;
  actual: string;
}

/** Options of every validator. */
export interface ValidateOptions {
  /** Credentials to redact from every string of the result (before values are shortened). */
  secrets?: readonly string[] | undefined;
}

/** A violation whose strings are redacted and bounded (`actual` is already quoted through the redactor). */
export function violation(r: Redactor, v: Violation): Violation {
  return {
    in: v.in,
    pointer: r.text(v.pointer),
    message: r.text(v.message),
    expected: r.text(v.expected),
    actual: v.actual,
  };
}

export function unknownProvider(r: Redactor, provider: unknown): Violation {
  return violation(r, {
    in: "provider",
    pointer: "",
    message: "unknown provider",
    expected: `one of ${CONTRACT_PROVIDERS.join(", ")}`,
    actual: r.quote(provider),
  });
}

/** A violation when `value` nests deeper than MAX_DEPTH (it is then not checked further), else undefined. */
export function tooDeepViolation(
  r: Redactor,
  value: unknown,
  location: ViolationLocation,
  prefix = "",
): Violation | undefined {
  const at = tooDeep(value);
  if (at === undefined) return undefined;
  return violation(r, {
    in: location,
    pointer: `${prefix}${at}`,
    message: `nested deeper than ${MAX_DEPTH} levels: not checked further`,
    expected: `at most ${MAX_DEPTH} levels of arrays and objects`,
    actual: "more",
  });
}

/** What a validator reports instead of throwing, should anything in it fail unexpectedly. */
export function uncheckable(r: Redactor, error: unknown): Violation {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
  return violation(r, {
    in: "body",
    pointer: "",
    message: `could not be checked (${what})`,
    expected: "a request or response the validator can read",
    actual: "unreadable",
  });
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    node =
      node !== null && typeof node === "object" && Object.hasOwn(node, key)
        ? (node as Record<string, unknown>)[key]
        : undefined;
  }
  return node;
}

function expectedOf(r: Redactor, error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "type":
      return String(p.type);
    case "enum":
      return `one of ${r.quote(p.allowedValues)}`;
    case "format":
      return `format ${String(p.format)}`;
    case "required":
      return `property ${String(p.missingProperty)}`;
    case "oneOf":
      return "exactly one of the alternatives";
    case "pattern":
      return `pattern ${String(p.pattern)}`;
    case "minimum":
    case "maximum":
      return `${String(p.comparison)} ${String(p.limit)}`;
    default:
      return error.message ?? error.keyword;
  }
}

/** At most this many violations are listed per check; the rest are counted in one last violation. */
export const MAX_VIOLATIONS = 100;

/**
 * For each instance path, the keywords of the errors at or below it (by whole segments: `/a/1` is not
 * under `/a/10`). Built once, so deciding whether a oneOf/anyOf summary is redundant is linear in the
 * number of errors, not quadratic: a hostile body with thousands of wrong items stays cheap.
 */
function keywordsBelow(errors: readonly ErrorObject[]): Map<string, Set<string>> {
  const below = new Map<string, Set<string>>();
  for (const error of errors) {
    const segments = error.instancePath.split("/");
    let path = "";
    for (let i = 0; i < segments.length; i++) {
      if (i > 0) path = `${path}/${segments[i]}`;
      const keywords = below.get(path) ?? new Set<string>();
      keywords.add(error.keyword);
      below.set(path, keywords);
    }
  }
  return below;
}

/**
 * Ajv's errors as violations, one per distinct pointer and keyword, at most MAX_VIOLATIONS of them (then
 * one more that says how many were left out). A missing property points where it should be. `prefix`
 * places the pointer under a header or parameter name (`/x-pagination`).
 */
export function toViolations(
  r: Redactor,
  errors: readonly ErrorObject[] | null | undefined,
  root: unknown,
  location: ViolationLocation,
  prefix = "",
): Violation[] {
  const seen = new Set<string>();
  const out: Violation[] = [];
  const all = errors ?? [];
  const below = keywordsBelow(all);
  let omitted = 0;
  for (const error of all) {
    // A oneOf/anyOf summary adds nothing when its branches' errors are reported; it stands alone only
    // when no branch failed deeper (a value that matches two branches of a oneOf).
    const summary = error.keyword === "oneOf" || error.keyword === "anyOf";
    const keywords = below.get(error.instancePath);
    if (summary && keywords && [...keywords].some((k) => k !== error.keyword)) continue;
    const missing = error.keyword === "required" ? `/${escapePointer(String(error.params.missingProperty))}` : "";
    const pointer = `${error.instancePath}${missing}`;
    const key = `${pointer} ${error.keyword} ${error.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (out.length >= MAX_VIOLATIONS) {
      omitted++;
      continue;
    }
    out.push(
      violation(r, {
        in: location,
        pointer: `${prefix}${pointer}`,
        message: error.message ?? error.keyword,
        expected: expectedOf(r, error),
        actual: missing ? "nothing" : r.quote(valueAt(root, error.instancePath)),
      }),
    );
  }
  if (omitted > 0) out.push(violation(r, truncated(location, prefix, omitted)));
  return out;
}

function truncated(location: ViolationLocation, prefix: string, omitted: number): Violation {
  return {
    in: location,
    pointer: prefix,
    message: `${omitted} more violation(s) not listed (at most ${MAX_VIOLATIONS} are)`,
    expected: "a value that matches its schema",
    actual: `${omitted} more`,
  };
}

/**
 * Runs a validator so that it never throws: a provider id unknown at run time, or anything the check
 * cannot read, is a violation (redacted like every other) instead of an exception.
 */
export function neverThrows(
  provider: unknown,
  options: ValidateOptions,
  check: (provider: ContractProvider, r: Redactor) => Violation[],
): Violation[] {
  const r = new Redactor(options.secrets);
  if (typeof provider !== "string" || !isContractProvider(provider)) return [unknownProvider(r, provider)];
  try {
    return check(provider, r);
  } catch (error) {
    return [uncheckable(r, error)];
  }
}

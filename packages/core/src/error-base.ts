import { clip, redact, redactString } from "./redact.js";

export interface ErrorContext {
  /** Provider id, e.g. `auth0`. */
  readonly provider: string;
  /** The spec's operationId, e.g. `getUserSessions`. */
  readonly operation: string;
  /**
   * The credential values to scrub from every error built with this context. It is called while the
   * error is built and never stored on it. Without it, errors still get the pattern-based redaction.
   */
  readonly secrets?: (() => readonly string[]) | undefined;
}

/** Redaction with one context's secrets (listed once) plus the credential patterns. */
export interface Redactor {
  text(value: string): string;
  /** A deep copy of JSON-like data, keys included, bounded in depth. */
  data(value: unknown): unknown;
}

export function redactorFor(context: ErrorContext): Redactor {
  let secrets: readonly string[] = [];
  try {
    secrets = context.secrets?.() ?? [];
  } catch {
    // An error must still be built when the secrets cannot be listed; the patterns still apply.
  }
  return { text: (value) => redactString(value, secrets), data: (value) => redact(value, secrets) };
}

/** Longest message an error keeps, after redaction. */
export const MAX_MESSAGE_LENGTH = 4_000;
const MAX_CAUSE_DEPTH = 4;

/** Base class: every error thrown by an idp-sessions package is an `IdpSessionsError`. */
export class IdpSessionsError extends Error {
  readonly provider: string;
  readonly operation: string;

  constructor(context: ErrorContext, message: string, options?: { cause?: unknown }) {
    const scrub = redactorFor(context);
    const full = clip(scrub.text(`${context.provider} ${context.operation}: ${message}`), MAX_MESSAGE_LENGTH);
    super(full, options && "cause" in options ? { cause: sanitizeCause(options.cause, scrub, 0) } : undefined);
    this.name = new.target.name;
    this.provider = context.provider;
    this.operation = context.operation;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, provider: this.provider, operation: this.operation };
  }
}

/**
 * What an error keeps of its cause. An IdpSessionsError went through this constructor already and is kept.
 * Anything else (an undici error, an abort reason, whatever `getToken()` threw) is replaced by a copy:
 * an Error with the same name and code, its message and stack redacted, and a cause chain of bounded depth.
 */
function sanitizeCause(cause: unknown, scrub: Redactor, depth: number): unknown {
  if (cause instanceof IdpSessionsError || cause === undefined || cause === null) return cause;
  if (typeof cause === "function" || typeof cause === "symbol") return `[${typeof cause}]`;
  if (!(cause instanceof Error)) return scrub.data(cause);
  const copy = new Error(clip(scrub.text(String(cause.message)), MAX_MESSAGE_LENGTH));
  define(copy, "name", scrub.text(String(cause.name)), false);
  const code = (cause as { code?: unknown }).code;
  if (typeof code === "string") define(copy, "code", scrub.text(code), true);
  if (typeof code === "number") define(copy, "code", code, true);
  define(
    copy,
    "stack",
    typeof cause.stack === "string" ? clip(scrub.text(cause.stack), MAX_MESSAGE_LENGTH) : "",
    false,
  );
  if (cause.cause !== undefined && depth + 1 < MAX_CAUSE_DEPTH) {
    define(copy, "cause", sanitizeCause(cause.cause, scrub, depth + 1), false);
  }
  return copy;
}

function define(target: object, key: string, value: unknown, enumerable: boolean): void {
  Object.defineProperty(target, key, { value, enumerable, writable: true, configurable: true });
}

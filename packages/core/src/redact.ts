/**
 * Scrubs credentials out of anything that may end up in an error or a log line. Known secret values are
 * replaced wherever they appear (also JSON-escaped or percent-encoded, the forms an error may quote them
 * in); so are the shapes of credentials we never want echoed (bearer tokens, AK/SK signatures and access
 * keys), even when the value is not known.
 */

const REDACTED = "[redacted]";
/** What stands in for data nested deeper than MAX_REDACT_DEPTH: it is dropped, never kept unredacted. */
export const TRUNCATED = "[truncated: nested too deep]";
export const MAX_REDACT_DEPTH = 32;

const PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`],
  [/\b(Signature|Access)=[A-Za-z0-9+/=_-]{8,}/g, `$1=${REDACTED}`],
];

/** The forms a secret can take inside text we quote: as is, JSON-escaped, percent-encoded. */
function variants(secret: string): string[] {
  const out = new Set([secret, JSON.stringify(secret).slice(1, -1)]);
  try {
    out.add(encodeURIComponent(secret));
  } catch {
    // A lone surrogate cannot be percent-encoded; nothing could have quoted it that way either.
  }
  return [...out];
}

export function redactString(text: string, secrets: readonly string[]): string {
  let out = text;
  // Longest first, over every secret's forms: when one secret contains another, replacing the shorter one
  // first would leave pieces of the longer one behind.
  const forms = secrets
    // Short values would redact ordinary words; a real credential is never this short.
    .filter((secret) => typeof secret === "string" && secret.length >= 6)
    .flatMap(variants)
    .sort((a, b) => b.length - a.length);
  for (const form of forms) out = out.split(form).join(REDACTED);
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/**
 * Deep-copies JSON-like data with every string redacted, object keys included. Anything nested deeper
 * than MAX_REDACT_DEPTH is replaced by a marker, so depth is never a way around redaction.
 */
export function redact(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === "string") return redactString(value, secrets);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_REDACT_DEPTH) return TRUNCATED;
  if (Array.isArray(value)) return value.map((item) => redact(item, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // defineProperty, not assignment: a `__proto__` key stays an own property instead of a prototype.
    Object.defineProperty(out, redactString(key, secrets), {
      value: redact(item, secrets, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** Cuts `text` to `max` characters with an ellipsis. Only ever applied after redaction, so no secret is cut in half. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

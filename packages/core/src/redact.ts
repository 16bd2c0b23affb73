/**
 * Scrubs credentials out of anything that may end up in an error or a log line. Known secret values are
 * replaced wherever they appear; so are the shapes of credentials we never want echoed (bearer tokens,
 * AK/SK signatures and access keys), even when the value is not known.
 */

const REDACTED = "[redacted]";
const PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`],
  [/\b(Signature|Access)=[A-Za-z0-9+/=_-]{8,}/g, `$1=${REDACTED}`],
];

export function redactString(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    // Short values would redact ordinary words; a real credential is never this short.
    if (secret.length >= 6) out = out.split(secret).join(REDACTED);
  }
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** Deep-copies JSON-like data with every string redacted. Cycles and depth are bounded. */
export function redact(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === "string") return redactString(value, secrets);
  if (value === null || typeof value !== "object" || depth > 32) return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(out, key, {
      value: redact(item, secrets, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

import { redactString } from "@idp-sessions/core/internal";
import { jsonPreview } from "./json-preview.js";
import { escapePointer } from "./pointer.js";

/** How long a quoted value (a violation's `actual`) may be; longer ones are cut and end in `…`. */
export const MAX_QUOTE = 200;
/** How long any other string of a report may be (pointers, messages, drift paths, error reasons). */
export const MAX_TEXT = 1000;

function percentEncoded(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    // A lone surrogate cannot be percent-encoded, so no URL can carry it that way either.
    return s;
  }
}

/**
 * Redacts credentials out of the strings that go into a report, then bounds them. Redaction comes first,
 * so that a cut never leaves a credential's first half behind; a credential is also found as it appears
 * inside JSON text, a JSON pointer and a URL.
 */
export class Redactor {
  private readonly variants: readonly string[];
  private readonly longest: number;

  constructor(secrets: readonly string[] = []) {
    // core's redactString leaves values shorter than 6 alone (they would redact ordinary words).
    const real = secrets.filter((s) => typeof s === "string" && s.length >= 6);
    const all = real.flatMap((s) => [s, JSON.stringify(s).slice(1, -1), escapePointer(s), percentEncoded(s)]);
    // Longest first, so that a variant containing another is replaced whole.
    this.variants = [...new Set(all)].sort((a, b) => b.length - a.length);
    this.longest = this.variants[0]?.length ?? 0;
  }

  /** A string for a report: redacted, then at most `max` characters. */
  text(value: string, max = MAX_TEXT): string {
    const window = value.length > max + this.longest ? value.slice(0, max + this.longest) : value;
    return this.bound(redactString(window, this.variants), window.length === value.length, max);
  }

  /** A value as the JSON text it is, for a violation's `actual`: redacted, then at most `max` characters. */
  quote(value: unknown, max = MAX_QUOTE): string {
    if (value === undefined) return "nothing";
    const preview = jsonPreview(value, max + this.longest + 2);
    return this.bound(redactString(preview.text, this.variants), preview.complete, max);
  }

  private bound(text: string, complete: boolean, max: number): string {
    if (complete && text.length <= max) return text;
    return `${this.withoutPartialSecret(text.slice(0, max))}…`;
  }

  /** Cuts the start of a credential off the end of a shortened text (the rest of it was cut away). */
  private withoutPartialSecret(text: string): string {
    let out = text;
    for (const secret of this.variants) {
      for (let i = Math.max(0, out.length - secret.length + 1); i < out.length; i++) {
        if (out.charCodeAt(i) === secret.charCodeAt(0) && secret.startsWith(out.slice(i))) {
          out = out.slice(0, i);
          break;
        }
      }
    }
    return out;
  }
}

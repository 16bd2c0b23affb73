import { ConfigurationError, type ErrorContext } from "./errors.js";

const NAMES: Record<number, string> = {
  0: "a NUL character",
  9: "a tab",
  10: "a line feed (LF)",
  13: "a carriage return (CR)",
  127: "a DEL character",
};

/**
 * Why `value` cannot be sent as a header value, or undefined when it can. Refused: every C0 control
 * character and DEL (CR and LF would split the header; fetch throws on NUL, CR and LF and quotes the whole
 * value in its message) and characters above U+00FF (not a ByteString). The answer never quotes the value:
 * it names the kind of character and its position.
 */
export function headerValueProblem(value: string): string | undefined {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code > 0x1f && code !== 0x7f && code <= 0xff) continue;
    const kind =
      code > 0xff
        ? "a character outside Latin-1 (above U+00FF)"
        : (NAMES[code] ?? `a control character (U+${code.toString(16).toUpperCase().padStart(4, "0")})`);
    const hint = (code === 0x0a || code === 0x0d) && i >= value.length - 2 ? "; a trailing newline from a file?" : "";
    return `contains ${kind} at position ${i} (of ${value.length} characters)${hint}`;
  }
  return undefined;
}

/**
 * Checks an option that is sent as a header value (a token, an API key, an access key, the user agent):
 * a string that a `Headers` object accepts unchanged. Throws a ConfigurationError naming the option, never
 * quoting its value.
 */
export function checkHeaderValue(context: ErrorContext, option: string, value: unknown): string {
  if (typeof value !== "string") throw new ConfigurationError(context, `${option} must be a string`);
  const problem = headerValueProblem(value);
  if (problem) throw new ConfigurationError(context, `${option} cannot be sent in a header: it ${problem}`);
  return value;
}

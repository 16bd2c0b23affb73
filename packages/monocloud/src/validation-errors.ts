import type { MonoCloudIdentityError } from "./types.js";

/** The most validation errors a message lists; the rest are counted. */
export const MAX_LISTED_ERRORS = 10;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === "string" && value.length > 0;

/** Keeps the first MAX_LISTED_ERRORS entries and counts the rest, so a huge body costs no huge message. */
class Entries {
  readonly listed: string[] = [];
  more = 0;
  add(entry: string): void {
    if (this.listed.length < MAX_LISTED_ERRORS) this.listed.push(entry);
    else this.more++;
  }
}

/** The key form, `{"size": ["..."]}`: `field: message` per message (a lone string is one message). */
function addKeyForm(errors: Record<string, unknown>, out: Entries): void {
  for (const [field, messages] of Object.entries(errors)) {
    for (const message of Array.isArray(messages) ? messages : [messages]) {
      if (isText(message)) out.add(field ? `${field}: ${message}` : message);
    }
  }
}

/** The identity form, `[{"code": "...", "description": "..."}]`: `code: description` per item. */
function addIdentityForm(errors: unknown[], out: Entries): void {
  for (const item of errors) {
    if (!isObject(item)) continue;
    const { code, description }: { [K in keyof MonoCloudIdentityError]?: unknown } = item;
    const parts = [code, description].filter(isText);
    if (parts.length > 0) out.add(parts.join(": "));
  }
}

/**
 * MonoCloud's 422 comes in two forms, told apart by the shape of `errors`: messages by field name (type
 * `...#validation-error`) or a list of `{code, description}` (type `...#identity-validation-error`). Both
 * become one line, e.g. `size: The field size must be between 1 and 100.`; undefined when there is none.
 * Whole entries only, never cut strings: the APIError redacts the message before it shortens it, so a
 * credential the server echoes is never cut in half and left unrecognised.
 */
export function validationSummary(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  const { errors } = body;
  const entries = new Entries();
  if (Array.isArray(errors)) addIdentityForm(errors, entries);
  else if (isObject(errors)) addKeyForm(errors, entries);
  if (entries.listed.length === 0) return undefined;
  const listed = entries.listed.join("; ");
  return entries.more > 0 ? `${listed} (and ${entries.more} more)` : listed;
}

import { type ErrorContext, ResponseValidationError } from "./errors.js";
import { expectObject, jsonType, pointerTo, valueAt } from "./shape.js";
import type { SpecLocation } from "./spec-bindings.js";

/**
 * The one session of a get operation's body, where the spec's `x-idp-sessions.session` puts it, checked
 * to be an object whose id (at `idPath`) is the one asked for: a server answering with another session is
 * a ResponseValidationError, never a session silently taken for the one requested.
 */
export function sessionAt<TSession>(
  context: ErrorContext,
  at: SpecLocation,
  body: unknown,
  id: { path: readonly string[]; expected: string },
): TSession {
  const pointer = at.in === "body" ? pointerTo(at.path) : "";
  const session = expectObject(context, at.in === "body" ? valueAt(body, at.path) : undefined, pointer);
  const actual = valueAt(session, id.path);
  if (actual !== id.expected) {
    throw new ResponseValidationError(context, {
      pointer: `${pointer}${pointerTo(id.path)}`,
      expected: "the id of the session asked for",
      actual: typeof actual === "string" ? "another id" : jsonType(actual),
    });
  }
  return session as TSession;
}

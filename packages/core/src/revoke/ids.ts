import { type ErrorContext, ResponseValidationError } from "../errors.js";
import { jsonType, pointerTo, valueAt } from "../shape.js";

/**
 * The ids of listed sessions, for revoking them: a session without a string id (at `idPath`) cannot be
 * revoked, so it is a ResponseValidationError rather than a session silently left out of the report.
 */
export function sessionIds(context: ErrorContext, sessions: readonly unknown[], idPath: readonly string[]): string[] {
  return sessions.map((session, index) => {
    const id = valueAt(session, idPath);
    if (typeof id === "string" && id.length > 0) return id;
    throw new ResponseValidationError(context, {
      pointer: `/sessions/${index}${pointerTo(idPath)}`,
      expected: "a session id (a non-empty string)",
      actual: typeof id === "string" ? "an empty string" : jsonType(id),
    });
  });
}

import { type ErrorContext, ResponseValidationError } from "../errors.js";
import type { SessionList } from "../pagination/session-list.js";
import { jsonType, pointerTo, valueAt } from "../shape.js";
import type { SpecLocation } from "../spec-bindings.js";

/**
 * The ids of every session a listing yields, for revoking them, page by page. A session without a string
 * id (at `idPath`) cannot be revoked, so it is a ResponseValidationError (naming `context`'s operation, the
 * listing's, and the pointer inside that page's body: `items` then the session's index and `idPath`)
 * rather than a session silently left out of the report.
 */
export async function listedIds(
  context: ErrorContext,
  list: SessionList<unknown>,
  items: SpecLocation,
  idPath: readonly string[],
): Promise<string[]> {
  const ids: string[] = [];
  const at = items.in === "body" ? pointerTo(items.path) : "";
  for await (const page of list.pages()) {
    page.items.forEach((session, index) => {
      const id = valueAt(session, idPath);
      if (typeof id === "string" && id.length > 0) ids.push(id);
      else {
        throw new ResponseValidationError(context, {
          pointer: `${at}/${index}${pointerTo(idPath)}`,
          expected: "a session id (a non-empty string)",
          actual: typeof id === "string" ? "an empty string" : jsonType(id),
        });
      }
    });
  }
  return ids;
}

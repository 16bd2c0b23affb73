import type { IdpSessionsError } from "../errors.js";
import type { RevokeOutcome } from "./report.js";
import type { Revoker } from "./revoker.js";
import { isFatal, throwIfAborted, typedError } from "./typed-error.js";

export type Outcomes = Map<string, RevokeOutcome | IdpSessionsError>;

/**
 * Revokes `ids` one by one, at most `concurrency` at a time. A refused credential (401/403) stops sending:
 * the ids not yet sent fail with that error. An abort rejects with an APIUserAbortError.
 */
export async function revokeEach(
  revoker: Revoker,
  revokeOne: NonNullable<Revoker["revokeOne"]>,
  ids: readonly string[],
  concurrency: number,
  signal: AbortSignal,
): Promise<Outcomes> {
  const outcomes: Outcomes = new Map();
  let next = 0;
  let refused: IdpSessionsError | undefined;
  const worker = async () => {
    while (next < ids.length) {
      throwIfAborted(revoker.context, signal);
      const id = ids[next++] as string;
      if (refused) {
        outcomes.set(id, refused);
        continue;
      }
      try {
        outcomes.set(id, await revokeOne(id, signal));
      } catch (cause) {
        throwIfAborted(revoker.context, signal);
        const error = typedError(revoker.context, cause);
        outcomes.set(id, error);
        if (isFatal(error)) refused ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker));
  return outcomes;
}

/** The provider's bulk call: its failure fails every id; an id its answer leaves out fails too. */
export async function revokeBulk(
  revoker: Revoker,
  revokeMany: NonNullable<Revoker["revokeMany"]>,
  ids: readonly string[],
  signal: AbortSignal,
): Promise<Outcomes> {
  const outcomes: Outcomes = new Map();
  if (ids.length === 0) return outcomes;
  let answer: ReadonlyMap<string, RevokeOutcome | IdpSessionsError>;
  try {
    answer = await revokeMany(ids, signal);
  } catch (cause) {
    throwIfAborted(revoker.context, signal);
    const error = typedError(revoker.context, cause);
    for (const id of ids) outcomes.set(id, error);
    return outcomes;
  }
  for (const id of ids) {
    outcomes.set(id, answer.get(id) ?? typedError(revoker.context, `the bulk call did not report session ${id}`));
  }
  return outcomes;
}

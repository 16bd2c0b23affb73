import { NotFoundError } from "../errors.js";
import type { RevokeOutcome } from "./report.js";

/**
 * The outcome of a revoking call whose 404 means "no such session" (Auth0's revoke, Kratos, MonoCloud):
 * `alreadyGone` then, `revoked` when it succeeds; any other error is thrown.
 */
export async function goneOn404(call: () => Promise<unknown>): Promise<RevokeOutcome> {
  try {
    await call();
    return "revoked";
  } catch (error) {
    if (error instanceof NotFoundError) return "alreadyGone";
    throw error;
  }
}

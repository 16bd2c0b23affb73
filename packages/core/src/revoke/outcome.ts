import { NotFoundError } from "../errors.js";
import type { RevokeOutcome } from "./report.js";

/**
 * The outcome of a revoking call whose 404 means "no such session" (Auth0's revoke, Kratos, MonoCloud):
 * `alreadyGone` then, `revoked` when it succeeds; any other error is thrown. Only the provider's own 404
 * counts, one whose body its error parser read (a code or a message): a 404 page of a proxy or a wrong
 * base URL says nothing about the session, and is thrown.
 */
export async function goneOn404(call: () => Promise<unknown>): Promise<RevokeOutcome> {
  try {
    await call();
    return "revoked";
  } catch (error) {
    if (error instanceof NotFoundError && (error.code !== undefined || error.providerMessage !== undefined))
      return "alreadyGone";
    throw error;
  }
}

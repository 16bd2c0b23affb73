import {
  AuthenticationError,
  ConfigurationError,
  CredentialsError,
  IdpSessionsError,
  NotFoundError,
  PermissionDeniedError,
} from "@idp-sessions/core";

/** Exit codes scripts can rely on. */
export const EXIT = { ok: 0, failure: 1, usage: 2, authentication: 3, notFound: 4, api: 5 } as const;

export class UsageError extends Error {}

/** The exit code for an error thrown while running a command. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError || error instanceof ConfigurationError) return EXIT.usage;
  if (
    error instanceof AuthenticationError ||
    error instanceof PermissionDeniedError ||
    error instanceof CredentialsError
  ) {
    return EXIT.authentication;
  }
  if (error instanceof NotFoundError) return EXIT.notFound;
  if (error instanceof IdpSessionsError) return EXIT.api;
  return EXIT.failure;
}

import {
  AuthenticationError,
  ConfigurationError,
  CredentialsError,
  IdpSessionsError,
  NotFoundError,
  PermissionDeniedError,
} from "@idp-sessions/core";

/**
 * Exit codes scripts can rely on. 70 and 74 are sysexits.h's EX_SOFTWARE and EX_IOERR; 130 and 143 are
 * what a shell reports for a command ended by SIGINT and SIGTERM (128 + the signal's number).
 */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  authentication: 3,
  notFound: 4,
  api: 5,
  /** revoke and signout: a session or a whole provider could not be revoked (or, in a dry run, listed). */
  notRevoked: 6,
  /** revoke and signout: everything was revoked, but the listing afterwards still shows sessions or failed. */
  notVerified: 7,
  /** revoke and signout: the confirmation was answered with anything but y or yes; nothing was revoked. */
  declined: 8,
  /**
   * contract: a provider named by --require was skipped (its variables missing or empty). A failed check
   * (1) takes precedence: it is a finding about the tenant, this one about the run's configuration.
   */
  requiredSkipped: 9,
  internal: 70,
  output: 74,
  interrupted: 130,
  terminated: 143,
} as const;

/** The exit codes as `--help` lists them. */
export const EXIT_HELP = `Exit codes: 0 ok, 1 a contract check failed, 2 usage, 3 authentication, 4 not found,
5 other API or network error, 6 some session or provider not revoked, 7 sessions still active after
revoking (or the check failed), 8 confirmation declined, 9 contract: a --require'd provider was
skipped (variables missing or empty; 1 wins when a check failed too), 70 internal error (a bug: please report it),
74 stdout could not be written, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM). A closed stdout
(\`| head\`) ends the command quietly with 0.`;

export class UsageError extends Error {}

/** An error already worded for the command line (flags instead of option names), with its exit code. */
export class CommandError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number, options?: { cause?: unknown }) {
    super(message, options);
    this.exitCode = exitCode;
  }
}

/** The exit code for an error thrown while running a command. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof CommandError) return error.exitCode;
  if (error instanceof UsageError || error instanceof ConfigurationError) return EXIT.usage;
  // parseArgs' own errors (unknown flag, missing value) are usage errors too.
  if ((error as { code?: unknown } | null)?.code?.toString().startsWith("ERR_PARSE_ARGS")) return EXIT.usage;
  if (
    error instanceof AuthenticationError ||
    error instanceof PermissionDeniedError ||
    error instanceof CredentialsError
  ) {
    return EXIT.authentication;
  }
  if (error instanceof NotFoundError) return EXIT.notFound;
  if (error instanceof IdpSessionsError) return EXIT.api;
  // Anything else is a bug here, not a failed check (1) or the server's doing (5).
  return EXIT.internal;
}

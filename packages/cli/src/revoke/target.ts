import { PROVIDERS } from "@idp-sessions/contract";
import { IDENTITIES, type Identity } from "@idp-sessions/signout";
import { explainError } from "../providers/explain.js";
import { trackHost } from "../providers/host.js";
import type { Resolved } from "../providers/resolve.js";

/** One user at one provider, ready to revoke: resolved the same way as `list`'s settings. */
export interface Target {
  identity: Identity;
  settings: Resolved;
  /** The user id as given (`--user`, the person file's user variable). */
  user: string;
  /** The method asked for; undefined: the provider's default. */
  method: string | undefined;
  /** An error of this target's client in the command line's words (flags, variables, the host). */
  explain(error: unknown): unknown;
}

/**
 * The identity `settings` name, through the provider package's own client (IDENTITIES of
 * `@idp-sessions/signout`, the same values `list` hands to its listing). Throws the client's
 * ConfigurationError, explained, before any request.
 */
export function targetFor(settings: Resolved, method?: string): Target {
  const { fetch, host } = trackHost();
  const explain = (error: unknown) => explainError(error, { settings, host: host() });
  let identity: Identity;
  try {
    identity = IDENTITIES[settings.provider](settings.values, fetch);
  } catch (error) {
    throw explain(error);
  }
  // The method is checked against the provider's own list (./methods.ts) before it gets here.
  if (method !== undefined) identity = { ...identity, options: { method } } as Identity;
  const user = settings.values[PROVIDERS[settings.provider].user] ?? "";
  return { identity, settings, user, method, explain };
}

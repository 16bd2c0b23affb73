import type { FetchFn, ListOptions, SessionList } from "@idp-sessions/core";
import type { OpenApiDocument } from "./openapi-document.js";

/** One thing a provider's client needs, under its three names. */
export interface Setting {
  /** The client library's option or parameter name, as its errors quote it (`domain`, `token`, `userId`). */
  readonly option: string;
  /** The environment variable of the live contract check and the CLI (`AUTH0_DOMAIN`). */
  readonly variable: string;
  /** The CLI flag, without `--` (`domain`, `user`). */
  readonly flag: string;
  /** A credential: never echoed, not even in a usage error. */
  readonly secret?: boolean;
}

/** Setting values by option name. */
export type SettingValues = Readonly<Record<string, string | undefined>>;

/**
 * A provider as the generated registry (`generated/providers.gen.ts`, from its spec) describes it: its
 * spec, its natural address and base URL, credentials (and which are required), the listing's parameters
 * (and which names the user), and its listing through its own package.
 */
export interface ProviderEntry {
  readonly spec: OpenApiDocument;
  readonly address: Setting;
  readonly baseUrl: Setting;
  readonly credentials: readonly Setting[];
  readonly required: readonly string[];
  readonly params: readonly Setting[];
  readonly user: string;
  list(values: SettingValues, fetch: FetchFn, options?: ListOptions): SessionList<unknown>;
}

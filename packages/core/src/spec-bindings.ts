import { type Authenticator, bearerAuth, headerAuth, type TokenGetter } from "./auth.js";
import { resolveBaseUrl } from "./base-url.js";
import { ConfigurationError, type ErrorContext } from "./errors.js";
import type { ProviderErrors } from "./send.js";
import { valueAt } from "./shape.js";

/**
 * The shapes of what `pnpm generate` writes from a spec into `operations.gen.ts` (`SERVERS`, `SECURITY`,
 * `ERRORS`; specs/EXTENSION.md), and the few plain functions that apply them, so that a provider's
 * `client.ts` and `errors.ts` are bindings to its spec rather than restatements of it.
 */

/** Where a runtime expression points: a query parameter, a path into a JSON body, or a header. */
export type SpecLocation =
  | { readonly in: "query"; readonly name: string }
  | { readonly in: "body"; readonly path: readonly string[] }
  | { readonly in: "header"; readonly name: string; readonly path?: readonly string[] };

export interface ServerDescriptor {
  readonly url: string;
  /** Each URL variable and the client option that fills it. */
  readonly variables: Readonly<Record<string, string | null>>;
}

/**
 * The base URL of a client: the explicit `baseUrl`, or the spec's server URL filled from the client option
 * its variable names (a bare host label, checked), through the same rule every client has (resolveBaseUrl):
 * exactly one of the two. Every spec's address is one server URL with one variable.
 */
export function serverBaseUrl(
  context: ErrorContext,
  servers: readonly ServerDescriptor[],
  baseUrl: string | undefined,
  options: Readonly<Record<string, string | undefined>>,
): string {
  const server = servers.find((s) => Object.keys(s.variables).length > 0);
  const variables = server ? Object.entries(server.variables) : [];
  const [variable, option] = variables[0] ?? [];
  if (!server || variables.length !== 1 || variable === undefined || !option) {
    throw new ConfigurationError(context, "the spec has no server URL with one variable that a client option fills");
  }
  return resolveBaseUrl(context, baseUrl, {
    option,
    value: options[option],
    toUrl: (host) => server.url.replace(`{${variable}}`, host),
  });
}

export type SchemeDescriptor =
  | { readonly name: string; readonly type: "http"; readonly scheme: string }
  | { readonly name: string; readonly type: "apiKey"; readonly in: string; readonly header: string }
  | { readonly name: string; readonly handwritten: string };

export interface SecurityDescriptor {
  /** The spec allows a request without credentials (`security` lists `{}`). */
  readonly optional: boolean;
  readonly schemes: readonly SchemeDescriptor[];
}

export interface SpecCredentials {
  token?: string | undefined;
  getToken?: TokenGetter | undefined;
  apiKey?: string | undefined;
}

const missing = (context: ErrorContext, what: string) => new ConfigurationError(context, `pass ${what}`);

/**
 * HTTP bearer authentication as the spec's security declares it, from `token` or `getToken`. Undefined
 * when the spec makes authentication optional and none was given; a ConfigurationError when it is
 * required and missing, or when the spec declares no bearer scheme (it changed: the client must follow).
 */
export function specBearerAuth(
  context: ErrorContext,
  security: SecurityDescriptor,
  credentials: SpecCredentials,
): Authenticator | undefined {
  if (!security.schemes.some((s) => "type" in s && s.type === "http" && s.scheme === "bearer")) {
    throw new ConfigurationError(context, "the spec's security declares no http scheme of type bearer");
  }
  if (credentials.token || credentials.getToken) return bearerAuth(context, credentials);
  if (security.optional) return undefined;
  throw missing(context, "token or getToken");
}

/** An API key in the header the spec's security names (MonoCloud's `X-API-KEY`), from `apiKey`. */
export function specApiKeyAuth(
  context: ErrorContext,
  security: SecurityDescriptor,
  credentials: SpecCredentials,
): Authenticator | undefined {
  const scheme = security.schemes.find((s) => "type" in s && s.type === "apiKey" && s.in === "header");
  if (!scheme || !("header" in scheme)) {
    throw new ConfigurationError(context, "the spec declares no API-key header");
  }
  if (credentials.apiKey) return headerAuth(scheme.header, credentials.apiKey, { context, option: "apiKey" });
  if (security.optional) return undefined;
  throw missing(context, "apiKey");
}

/**
 * The authenticator the spec's security calls for, whichever it is (bearer or API-key header). Schemes
 * marked `handwritten` are the package's own (Huawei's signer). A client whose spec names one scheme calls
 * specBearerAuth or specApiKeyAuth directly, and bundles only that one.
 */
export function specAuth(
  context: ErrorContext,
  security: SecurityDescriptor,
  credentials: SpecCredentials,
): Authenticator | undefined {
  const has = (type: string) => security.schemes.some((s) => "type" in s && s.type === type);
  if (has("http") && (credentials.token || credentials.getToken || !has("apiKey"))) {
    return specBearerAuth(context, security, credentials);
  }
  if (has("apiKey")) return specApiKeyAuth(context, security, credentials);
  if (security.optional) return undefined;
  throw new ConfigurationError(context, "the spec declares no authentication this client can apply");
}

export interface ErrorsDescriptor {
  readonly code?: readonly SpecLocation[];
  readonly message?: readonly SpecLocation[];
  readonly reason?: readonly SpecLocation[];
  readonly requestId?: readonly SpecLocation[];
}

/** The non-empty string at `path` of a JSON value (own properties only), else undefined. */
export function textAt(value: unknown, path: readonly string[]): string | undefined {
  const node = valueAt(value, path);
  return typeof node === "string" && node.length > 0 ? node : undefined;
}

// Error fields are read as text; a number (google.rpc.Status' `code`, a numeric errorCode) is its digits.
const firstText = (body: unknown, locations: readonly SpecLocation[] = []) => {
  for (const location of locations) {
    const node = location.in === "body" ? valueAt(body, location.path) : undefined;
    if (typeof node === "string" && node.length > 0) return node;
    if (typeof node === "number" && Number.isFinite(node)) return String(node);
  }
  return undefined;
};

/**
 * A provider's error reading, from its spec's `ERRORS`: the code, message and request id are the first
 * body field of each list that holds text; a `reason` is appended as `message: reason`; the first header
 * in `requestId` is read when the body has none.
 */
export function specErrors(errors: ErrorsDescriptor): ProviderErrors {
  const header = errors.requestId?.find((l) => l.in === "header");
  return {
    parseBody: (body) => {
      const message = firstText(body, errors.message);
      const reason = firstText(body, errors.reason);
      return {
        code: firstText(body, errors.code),
        message: message && reason && reason !== message ? `${message}: ${reason}` : (message ?? reason),
        requestId: firstText(body, errors.requestId),
      };
    },
    requestIdHeader: header?.in === "header" ? header.name : undefined,
  };
}

/** The caller's values of an operation's pass-through query parameters (by the spec's own names), typed as theirs. */
export function passThroughQuery<TParams extends object, const TName extends keyof TParams & string>(
  names: readonly TName[],
  params: TParams,
): Partial<Pick<TParams, TName>> {
  const query: Partial<Pick<TParams, TName>> = {};
  for (const name of names) if (params[name] !== undefined) query[name] = params[name];
  return query;
}

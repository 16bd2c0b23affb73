import { ConfigurationError, type ErrorContext } from "./errors.js";

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Checks a base URL and returns it without a trailing slash. Credentials must not cross the network in
 * clear text, so anything but `https://` is refused unless the host is loopback (mock servers, tests).
 */
export function checkBaseUrl(context: ErrorContext, baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ConfigurationError(context, `baseUrl ${JSON.stringify(baseUrl)} is not an absolute URL`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname))) {
    throw new ConfigurationError(
      context,
      `baseUrl must use https:// (plain http:// is only allowed for loopback hosts), got ${url.protocol}//${url.host}`,
    );
  }
  if (url.username || url.password) {
    throw new ConfigurationError(context, "baseUrl must not carry credentials; pass them as options");
  }
  if (url.search || url.hash) throw new ConfigurationError(context, "baseUrl must not have a query or a fragment");
  return url.href.replace(/\/+$/, "");
}

/** A host name given as an option (tenant domain, region, project slug): no scheme, path or port tricks. */
export function checkHostLabel(context: ErrorContext, option: string, value: string): string {
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/.test(value)) {
    throw new ConfigurationError(
      context,
      `${option} must be a bare host name such as "example.com", got ${JSON.stringify(value)}`,
    );
  }
  return value.toLowerCase();
}

/**
 * The base URL of a client: the explicit `baseUrl`, or the provider's URL built from its natural address
 * option (`domain`, `region`, `projectSlug`). Exactly one of the two must be given.
 */
export function resolveBaseUrl(
  context: ErrorContext,
  baseUrl: string | undefined,
  address: { option: string; value: string | undefined; toUrl: (host: string) => string },
): string {
  if (baseUrl !== undefined && address.value !== undefined) {
    throw new ConfigurationError(context, `pass either ${address.option} or baseUrl, not both`);
  }
  if (baseUrl !== undefined) return checkBaseUrl(context, baseUrl);
  if (address.value === undefined) throw new ConfigurationError(context, `pass ${address.option} or baseUrl`);
  return checkBaseUrl(context, address.toUrl(checkHostLabel(context, address.option, address.value)));
}

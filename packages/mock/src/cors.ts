import type { IncomingMessage, ServerResponse } from "node:http";
import { type Routes, routeMethods } from "./route.js";

/**
 * Whether a server answers CORS requests: `true` for any origin (but `null`), or only the listed origins
 * (`https://app.example`, as a browser sends them; list `"null"` to allow opaque origins). Off by default,
 * as the real admin APIs are not meant to be called from browsers.
 */
export type CorsOption = boolean | { readonly origins: readonly string[] };

/**
 * The request headers the clients send: the bearer token or the Huawei signature (`authorization`), JSON
 * bodies, MonoCloud's `x-api-key`, the Huawei signer's headers (and the official SDKs' `x-sdk-content-sha256`),
 * a caller's `userAgent` (where a browser lets a page set it) and the mock's own `x-mock-fault`.
 */
export const CORS_ALLOW_HEADERS = [
  "authorization",
  "content-type",
  "x-api-key",
  "x-sdk-date",
  "x-security-token",
  "x-sdk-content-sha256",
  "user-agent",
  "x-mock-fault",
] as const;

/** The response headers the mocks send and the clients read (pagination, request ids, rate limits, retries). */
export const CORS_EXPOSE_HEADERS = [
  "link",
  "x-total-count",
  "x-pagination",
  "x-request-id",
  "retry-after",
  "x-ratelimit-limit",
  "x-ratelimit-remaining",
  "x-ratelimit-reset",
] as const;

/** How long a browser may cache a preflight's answer, in seconds. */
export const CORS_MAX_AGE_SECONDS = 600;

export interface CorsPolicy {
  /** The origin to name in `Access-Control-Allow-Origin`, or undefined when the request gets no CORS headers. */
  allowed(req: IncomingMessage): string | undefined;
}

/** The policy of a `cors` option, or undefined when it is off; a listed value that is not an origin throws. */
export function corsPolicy(option: CorsOption | undefined): CorsPolicy | undefined {
  if (!option) return undefined;
  const origins = option === true ? undefined : new Set(option.origins.map(checkOrigin));
  return {
    allowed(req) {
      const origin = req.headers.origin;
      if (typeof origin !== "string" || origin === "") return undefined;
      if (origins) return origins.has(origin) ? origin : undefined;
      return origin === "null" ? undefined : origin;
    },
  };
}

function checkOrigin(origin: string): string {
  if (origin === "null") return origin;
  let parsed: URL | undefined;
  try {
    parsed = new URL(origin);
  } catch {
    parsed = undefined;
  }
  if (!parsed || parsed.origin !== origin) {
    throw new TypeError(`cors.origins: ${JSON.stringify(origin)} is not an origin such as "https://app.example"`);
  }
  return origin;
}

/**
 * Puts the headers every answer to an allowed origin carries (normal, error and fault answers alike) on
 * `res`, before any `writeHead`, which merges them. `Vary: Origin` goes on every answer while CORS is on,
 * since whether the headers are there depends on the origin.
 */
export function setCorsHeaders(res: ServerResponse, origin: string | undefined): void {
  res.setHeader("vary", "Origin");
  if (origin === undefined) return;
  res.setHeader("access-control-allow-origin", origin);
  res.setHeader("access-control-expose-headers", CORS_EXPOSE_HEADERS.join(", "));
}

/**
 * Answers a preflight (an `OPTIONS` with `Access-Control-Request-Method`) from an allowed origin for a path
 * the spec has: 204 with the methods of that path's operations. Returns false for anything else, which the
 * server then answers as any other request (a path no operation has gets the provider's 404).
 */
export function answerPreflight(
  req: IncomingMessage,
  res: ServerResponse,
  origin: string | undefined,
  routes: Routes,
): boolean {
  if (origin === undefined || req.method !== "OPTIONS" || !req.headers["access-control-request-method"]) return false;
  const methods = routeMethods(routes, (req.url ?? "/").split("?")[0] ?? "/");
  if (methods.length === 0) return false;
  res.writeHead(204, {
    "access-control-allow-methods": methods.join(", "),
    "access-control-allow-headers": CORS_ALLOW_HEADERS.join(", "),
    "access-control-max-age": String(CORS_MAX_AGE_SECONDS),
  });
  res.end();
  return true;
}

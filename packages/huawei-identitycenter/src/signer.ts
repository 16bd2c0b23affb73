/**
 * Huawei Cloud AK/SK request signing (`SDK-HMAC-SHA256`), byte for byte as the official SDK signer
 * (`@huaweicloud/huaweicloud-sdk-core`, `auth/AKSKSigner.js`). WebCrypto only, so it runs everywhere.
 */

export interface HuaweiCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** With temporary credentials: sent as `X-Security-Token` and signed. */
  securityToken?: string | undefined;
}

const ALGORITHM = "SDK-HMAC-SHA256";
const encoder = new TextEncoder();

/** `YYYYMMDDTHHmmssZ` in UTC, e.g. `20191115T033655Z`. */
export function formatSdkDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** RFC 3986: everything but `A-Z a-z 0-9 - _ . ~` as UTF-8 `%XX` with upper-case hex. */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Each path segment decoded then re-encoded, joined by `/`, always ending in `/`. */
export function canonicalUri(pathname: string): string {
  const path = pathname
    .split("/")
    .map((segment) => encodeRfc3986(decodeSegment(segment)))
    .join("/");
  return path.endsWith("/") ? path : `${path}/`;
}

/** Parameters sorted by name (code-unit order), values of a repeated name sorted, `name=value` encoded. */
export function canonicalQuery(search: URLSearchParams): string {
  const byName = new Map<string, string[]>();
  for (const [name, value] of search) byName.set(name, [...(byName.get(name) ?? []), value]);
  const names = [...byName.keys()].sort(compareCodeUnits);
  return names
    .flatMap((name) =>
      (byName.get(name) ?? []).sort(compareCodeUnits).map((v) => `${encodeRfc3986(name)}=${encodeRfc3986(v)}`),
    )
    .join("&");
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function sha256Hex(data: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", data));
}

/** SHA-256 of no bytes: a request without a body (every GET) needs no digest for it. */
const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/**
 * Each credentials object's HMAC key, imported once: every WebCrypto call is a hop to another thread (tens
 * of µs), and a client signs every request with the same credentials. Held only as long as the credentials
 * object is; a changed secret imports anew; the key is not extractable.
 */
const keys = new WeakMap<HuaweiCredentials, { secret: string; key: Promise<CryptoKey> }>();

function hmacKey(credentials: HuaweiCredentials): Promise<CryptoKey> {
  const secret = credentials.secretAccessKey;
  const known = keys.get(credentials);
  if (known?.secret === secret) return known.key;
  const key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  // A failed import stays failed: the same secret would fail the same way again.
  keys.set(credentials, { secret, key });
  return key;
}

async function hmacHex(credentials: HuaweiCredentials, message: string): Promise<string> {
  return hex(await crypto.subtle.sign("HMAC", await hmacKey(credentials), encoder.encode(message)));
}

/** The canonical request of the signing guide, for a request whose headers are final. */
export async function canonicalRequest(
  request: Request,
  headers: Headers,
): Promise<{ text: string; signedHeaders: string }> {
  const url = new URL(request.url);
  const entries = new Map<string, string>([["host", url.host]]);
  for (const [name, value] of headers) if (name !== "authorization") entries.set(name, value);
  const names = [...entries.keys()].sort();
  const canonicalHeaders = names.map((name) => `${name}:${entries.get(name)}\n`).join("");
  const signedHeaders = names.join(";");
  const bodyHash = request.body === null ? EMPTY_SHA256 : await sha256Hex(await request.clone().arrayBuffer());
  const text = [
    request.method.toUpperCase(),
    canonicalUri(url.pathname),
    canonicalQuery(url.searchParams),
    canonicalHeaders,
    signedHeaders,
    bodyHash,
  ].join("\n");
  return { text, signedHeaders };
}

/**
 * Returns a copy of `request` carrying `X-Sdk-Date` (kept when already there, else from `now`), the
 * `X-Security-Token` when given, and the `Authorization` signature over every header plus `host`.
 */
export async function signRequest(
  request: Request,
  credentials: HuaweiCredentials,
  now: Date = new Date(),
): Promise<Request> {
  const headers = new Headers(request.headers);
  headers.delete("authorization");
  if (!headers.has("x-sdk-date")) headers.set("x-sdk-date", formatSdkDate(now));
  if (credentials.securityToken) headers.set("x-security-token", credentials.securityToken);
  const { text, signedHeaders } = await canonicalRequest(request, headers);
  const stringToSign = `${ALGORITHM}\n${headers.get("x-sdk-date")}\n${await sha256Hex(encoder.encode(text))}`;
  const signature = await hmacHex(credentials, stringToSign);
  headers.set(
    "authorization",
    `${ALGORITHM} Access=${credentials.accessKeyId}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  );
  return new Request(request, { headers });
}

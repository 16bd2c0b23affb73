import { createHash, createHmac } from "node:crypto";
import { canonicalRequest } from "@idp-sessions/huawei-identitycenter";
import { header, type MockRequest } from "../../http.js";

const SKEW_MS = 15 * 60_000;
const AUTH = /^SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/;

function parseSdkDate(value: string | undefined): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? "");
  return m
    ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]))
    : Number.NaN;
}

export interface KeyPair {
  secretAccessKey: string;
  securityToken?: string | undefined;
}

/**
 * Recomputes the `SDK-HMAC-SHA256` signature from what arrived, as the API gateway does: the real method,
 * path, query, signed headers and the SHA-256 of the body bytes received (or a signed
 * `X-Sdk-Content-Sha256`, which the official SDKs use in its place). Returns the access key that signed,
 * or what is wrong.
 */
export async function verifySignature(
  request: MockRequest,
  keys: ReadonlyMap<string, KeyPair>,
): Promise<{ accessKeyId: string } | { problem: string }> {
  const match = AUTH.exec(header(request, "authorization") ?? "");
  if (!match) return { problem: "missing or malformed Authorization" };
  const [, access = "", signedHeaders = "", signature] = match;
  const key = keys.get(access);
  if (!key) return { problem: "unknown access key" };
  const date = header(request, "x-sdk-date");
  if (!(Math.abs(Date.now() - parseSdkDate(date)) <= SKEW_MS)) {
    return { problem: "X-Sdk-Date is missing or outside the 15-minute window" };
  }
  const signed = signedHeaders.split(";");
  if (
    key.securityToken &&
    (header(request, "x-security-token") !== key.securityToken || !signed.includes("x-security-token"))
  ) {
    return { problem: "temporary credentials need a signed X-Security-Token" };
  }
  const headers = new Headers();
  for (const name of signed) if (name !== "host") headers.set(name, header(request, name) ?? "");
  const bodied = request.method !== "GET" && request.method !== "HEAD";
  const copy = new Request(`http://${header(request, "host")}${request.rawPath}${request.url.search}`, {
    method: request.method,
    headers,
    ...(bodied ? { body: new Uint8Array(request.bytes) } : {}),
  });
  const canonical = await canonicalRequest(copy, headers);
  if (canonical.signedHeaders !== signedHeaders) return { problem: "signed headers mismatch" };
  const declaredHash = signed.includes("x-sdk-content-sha256") ? header(request, "x-sdk-content-sha256") : undefined;
  const text = declaredHash === undefined ? canonical.text : canonical.text.replace(/[^\n]*$/, declaredHash);
  const stringToSign = `SDK-HMAC-SHA256\n${date}\n${createHash("sha256").update(text).digest("hex")}`;
  const expected = createHmac("sha256", key.secretAccessKey).update(stringToSign).digest("hex");
  return expected === signature ? { accessKeyId: access } : { problem: "signature mismatch" };
}

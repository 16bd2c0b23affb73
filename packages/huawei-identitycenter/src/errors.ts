import { APIError, type ProviderErrors, stringAt } from "@idp-sessions/core";

/**
 * Huawei errors: `{error_code, error_msg, request_id}` as documented, or the nested `{error: {code,
 * message}}` the official SDKs also understand. The request id is also in the `X-Request-Id` header (the
 * header is all the SDKs read; the body's `request_id` is the same id).
 */
export const huaweiIdentityCenterErrors: ProviderErrors = {
  parseBody: (body) => ({
    code: stringAt(body, "error_code") ?? stringAt(body, "error", "code"),
    message: stringAt(body, "error_msg") ?? stringAt(body, "error", "message"),
    requestId: stringAt(body, "request_id"),
  }),
  requestIdHeader: "x-request-id",
};

/** The non-empty string at `keys` (own properties only), else undefined: an encoded message is never a number. */
function textAt(body: unknown, ...keys: string[]): string | undefined {
  let current = body;
  for (const key of keys) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === "string" && current.length > 0 ? current : undefined;
}

/**
 * The `encoded_authorization_message` of a Huawei error (a 403 says why access was denied in it), read
 * where the official SDKs read it: beside `error_code`, else inside `error`. It is encrypted: pass it to
 * STS `DecodeAuthorizationMessage` (`POST /v5/decode-authorization-message`) with an identity allowed to
 * decode it. `undefined` for anything else (another error, no message, null, a non-string).
 *
 * It comes from the error's `body`, which is already redacted: a credential the server echoed inside it
 * reads `[redacted]`. It is not cut to a length, since a cut message cannot be decoded.
 */
export function encodedAuthorizationMessage(error: unknown): string | undefined {
  if (!(error instanceof APIError)) return undefined;
  return (
    textAt(error.body, "encoded_authorization_message") ?? textAt(error.body, "error", "encoded_authorization_message")
  );
}

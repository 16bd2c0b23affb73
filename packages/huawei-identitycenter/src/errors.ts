import { APIError, type ProviderErrors, specErrors, textAt } from "@idp-sessions/core/internal";
import { ERRORS } from "./generated/operations.gen.js";

/**
 * Huawei errors, where the spec's `x-idp-sessions.errors` says they are: `{error_code, error_msg,
 * request_id}` as documented, else the nested `{error: {code, message}}` the official SDKs also
 * understand; the request id from the body, else the `X-Request-Id` header (the same id).
 */
export const huaweiIdentityCenterErrors: ProviderErrors = specErrors(ERRORS);

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
    textAt(error.body, ["encoded_authorization_message"]) ??
    textAt(error.body, ["error", "encoded_authorization_message"])
  );
}

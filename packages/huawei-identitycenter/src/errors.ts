import { type ProviderErrors, stringAt } from "@idp-sessions/core";

/**
 * Huawei errors: `{error_code, error_msg, request_id}` as documented, or the nested `{error: {code,
 * message}}` the official SDK also understands. The request id is also in the `X-Request-Id` header.
 */
export const huaweiIdentityCenterErrors: ProviderErrors = {
  parseBody: (body) => ({
    code: stringAt(body, "error_code") ?? stringAt(body, "error", "code"),
    message: stringAt(body, "error_msg") ?? stringAt(body, "error", "message"),
    requestId: stringAt(body, "request_id"),
  }),
  requestIdHeader: "x-request-id",
};

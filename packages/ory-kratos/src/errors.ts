import { type ProviderErrors, stringAt } from "@idp-sessions/core";

/**
 * Kratos errors: herodot's `{error: {code, status, reason, message, id, request}}`. The request id is
 * only `error.request` (herodot echoes the request's own `X-Request-ID` there): Kratos v26.2.0 sends no
 * `X-Request-Id` response header, so none is read.
 */
export const oryKratosErrors: ProviderErrors = {
  parseBody: (body) => {
    const message = stringAt(body, "error", "message");
    const reason = stringAt(body, "error", "reason");
    return {
      code: stringAt(body, "error", "id") ?? stringAt(body, "error", "status"),
      message: reason && message ? `${message}: ${reason}` : (message ?? reason),
      requestId: stringAt(body, "error", "request"),
    };
  },
};

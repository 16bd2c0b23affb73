import { type ProviderErrors, stringAt } from "@idp-sessions/core";

/** Kratos errors: `{error: {code, status, reason, message, id, request}}`. */
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
  requestIdHeader: "x-request-id",
};

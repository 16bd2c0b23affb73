import { type ProviderErrors, stringAt } from "@idp-sessions/core";

/** ZITADEL errors: `google.rpc.Status` `{code, message, details: [{"@type", id, message}]}`. */
export const zitadelErrors: ProviderErrors = {
  parseBody: (body) => {
    const details = (body as { details?: unknown } | null)?.details;
    const first = Array.isArray(details) ? details[0] : undefined;
    return {
      code: stringAt(first, "id") ?? stringAt(body, "code"),
      message: stringAt(body, "message"),
    };
  },
  requestIdHeader: "x-request-id",
};

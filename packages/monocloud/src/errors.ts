import { type ProviderErrors, stringAt } from "@idp-sessions/core";
import { validationSummary } from "./validation-errors.js";

/**
 * MonoCloud errors are `application/problem+json` (RFC 7807) with a `traceId` extension. A 422 adds
 * `errors` in one of two forms; whichever it is, the message lists them after `detail`.
 */
export const monoCloudErrors: ProviderErrors = {
  parseBody: (body) => {
    const title = stringAt(body, "title");
    const detail = stringAt(body, "detail");
    const errors = validationSummary(body);
    return {
      code: title,
      message: detail && errors ? `${detail} (${errors})` : (errors ?? detail ?? title),
      requestId: stringAt(body, "traceId"),
    };
  },
};

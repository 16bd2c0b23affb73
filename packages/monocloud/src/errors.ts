import { type ProviderErrors, stringAt } from "@idp-sessions/core";

/** MonoCloud errors are `application/problem+json` (RFC 7807) with a `traceId` extension. */
export const monoCloudErrors: ProviderErrors = {
  parseBody: (body) => ({
    code: stringAt(body, "title"),
    message: stringAt(body, "detail") ?? stringAt(body, "title"),
    requestId: stringAt(body, "traceId"),
  }),
};

import { type ProviderErrors, stringAt } from "@idp-sessions/core";

/** Auth0 errors: `{statusCode, error, message, errorCode}`; no request id header is documented. */
export const auth0Errors: ProviderErrors = {
  parseBody: (body) => ({
    code: stringAt(body, "errorCode"),
    message: stringAt(body, "message") ?? stringAt(body, "error"),
  }),
};

import { type ProviderErrors, stringAt } from "@idp-sessions/core";

/** __TITLE__ errors: `{code, message}` (adjust to the provider's documented error body). */
export const __CAMEL__Errors: ProviderErrors = {
  parseBody: (body) => ({ code: stringAt(body, "code"), message: stringAt(body, "message") }),
};

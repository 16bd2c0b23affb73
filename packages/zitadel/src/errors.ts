import { type ProviderErrors, specErrors, stringAt } from "@idp-sessions/core";
import { ERRORS } from "./generated/operations.gen.js";

const spec = specErrors(ERRORS);

/** ZITADEL errors: `google.rpc.Status` `{code, message, details: [{"@type", id, message}]}`, read where the spec says. */
export const zitadelErrors: ProviderErrors = {
  ...spec,
  parseBody: (body) => ({
    ...spec.parseBody(body),
    // The fallback `code` is gRPC's number (3 for a validation error), which specErrors reads as text only:
    // the spec's code locations are read here with stringAt, which takes a finite number as its digits.
    code: ERRORS.code.map((at) => stringAt(body, ...at.path)).find((code) => code !== undefined),
  }),
};

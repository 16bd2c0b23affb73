import { type ProviderErrors, specErrors } from "@idp-sessions/core/internal";
import { ERRORS } from "./generated/operations.gen.js";

/**
 * ZITADEL errors: `google.rpc.Status` `{code, message, details: [{"@type", id, message}]}`, read where the
 * spec says: the code is the first detail's id, else gRPC's numeric code as its digits.
 */
export const zitadelErrors: ProviderErrors = specErrors(ERRORS);

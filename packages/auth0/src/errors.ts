import { specErrors } from "@idp-sessions/core/internal";
import { ERRORS } from "./generated/operations.gen.js";

/** Auth0 errors: `{statusCode, error, message, errorCode}`; no request id header is documented. */
export const auth0Errors = specErrors(ERRORS);

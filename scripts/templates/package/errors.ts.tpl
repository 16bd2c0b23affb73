import { specErrors } from "@idp-sessions/core/internal";
import { ERRORS } from "./generated/operations.gen.js";

/** __TITLE__ errors, read where the spec's `x-idp-sessions.errors` says. */
export const __CAMEL__Errors = specErrors(ERRORS);

import { specErrors } from "@idp-sessions/core/internal";
import { ERRORS } from "./generated/operations.gen.js";

/**
 * Kratos errors: herodot's `{error: {code, status, reason, message, id, request}}`, read where the spec's
 * `x-idp-sessions.errors` says. The request id is only `error.request` (herodot echoes the request's own
 * `X-Request-ID` there): Kratos v26.2.0 sends no `X-Request-Id` response header, so none is read.
 */
export const oryKratosErrors = specErrors(ERRORS);

import { type ProviderErrors, specErrors, textAt } from "@idp-sessions/core/internal";
import { ERRORS } from "./generated/operations.gen.js";
import { validationSummary } from "./validation-errors.js";

const fromSpec = specErrors(ERRORS);

/**
 * MonoCloud errors are `application/problem+json` (RFC 7807): code, message and request id where the spec
 * says (`title`, `detail` else `title`, `traceId`). The message is hand-written (ERRORS.handwritten): a 422
 * adds `errors` in one of two forms, which no field list can say; they are listed after `detail`, or
 * instead of the title when there is no `detail`.
 */
export const monoCloudErrors: ProviderErrors = {
  ...fromSpec,
  parseBody: (body) => {
    const parsed = fromSpec.parseBody(body);
    const detail = textAt(body, ["detail"]);
    const errors = validationSummary(body);
    return { ...parsed, message: detail && errors ? `${detail} (${errors})` : (errors ?? parsed.message) };
  },
};

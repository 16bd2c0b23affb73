import type { components, paths } from "./generated/openapi.gen.js";

export type { components, operations, paths } from "./generated/openapi.gen.js";

type Schemas = components["schemas"];

/** A MonoCloud user session (times in epoch seconds). */
export type MonoCloudSession = Schemas["UserSession"];
/** Where and how a session was last used; every field optional and nullable. */
export type MonoCloudSessionMetadata = Schemas["SessionMetadata"];
/** The `x-pagination` header's JSON. */
export type MonoCloudPaginationMetadata = Schemas["PaginationMetadata"];
/** MonoCloud's RFC 7807 problem body. */
export type MonoCloudProblem = Schemas["ProblemDetails"];
/** A 422 problem body, in either form: narrow it on `type`. */
export type MonoCloudValidationProblem = Schemas["ValidationProblemDetails"];
/** The key form of a 422's `errors`: messages by field name. */
export type MonoCloudKeyValidationErrors = Schemas["ValidationErrors"];
/** One item of the identity form of a 422's `errors`. */
export type MonoCloudIdentityError = Schemas["IdentityError"];
/** The operation's query parameters. */
export type MonoCloudListQuery = NonNullable<paths["/users/{user_id}/sessions"]["get"]["parameters"]["query"]>;

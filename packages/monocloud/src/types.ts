import type { components, paths } from "./generated/openapi.gen.js";

export type { components, operations, paths } from "./generated/openapi.gen.js";

/** A MonoCloud user session (times in epoch seconds). */
export type MonoCloudSession = components["schemas"]["UserSession"];
/** Where and how a session was last used; every field optional and nullable. */
export type MonoCloudSessionMetadata = components["schemas"]["SessionMetadata"];
/** The `x-pagination` header's JSON. */
export type MonoCloudPaginationMetadata = components["schemas"]["PaginationMetadata"];
/** MonoCloud's RFC 7807 problem body. */
export type MonoCloudProblem = components["schemas"]["ProblemDetails"];
/** The operation's query parameters. */
export type MonoCloudListQuery = NonNullable<paths["/users/{user_id}/sessions"]["get"]["parameters"]["query"]>;

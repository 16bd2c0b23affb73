import type { components, paths } from "./generated/openapi.gen.js";

export type { components, operations, paths } from "./generated/openapi.gen.js";

/** A session as Auth0 sends it (every property optional; dates may be a string, an object or null). */
export type Auth0Session = components["schemas"]["Session"];
/** The 200 body: one page of sessions and the cursor of the next. */
export type Auth0SessionsPage = components["schemas"]["SessionsPage"];
/** Auth0's error body. */
export type Auth0ErrorBody = components["schemas"]["Error"];
/** The operation's query parameters. */
export type Auth0ListQuery = NonNullable<paths["/users/{user_id}/sessions"]["get"]["parameters"]["query"]>;

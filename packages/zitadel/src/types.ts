import type { components } from "./generated/openapi.gen.js";

export type { components, operations, paths } from "./generated/openapi.gen.js";

/** A ZITADEL session (every member optional: proto3 JSON omits zero values). */
export type ZitadelSession = components["schemas"]["Session"];
/** The search request body. */
export type ZitadelListSessionsRequest = components["schemas"]["ListSessionsRequest"];
/** One search query; exactly one kind is set. */
export type ZitadelSearchQuery = components["schemas"]["SearchQuery"];
/** The 200 body. */
export type ZitadelListSessionsResponse = components["schemas"]["ListSessionsResponse"];
/** ZITADEL's `google.rpc.Status` error body. */
export type ZitadelErrorBody = components["schemas"]["Status"];

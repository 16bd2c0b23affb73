import type { components, operations, paths } from "./generated/openapi.gen.js";

export type { components, operations, paths } from "./generated/openapi.gen.js";

/** A Kratos session as the admin API sends it. */
export type OryKratosSession = components["schemas"]["Session"];
/** The identity a session belongs to; `external_id` when set, and Ory Network's `region`. */
export type OryKratosIdentity = components["schemas"]["Identity"];
/** Ory Network's regions (`identity.region`). */
export type OryKratosIdentityRegion = components["schemas"]["IdentityRegion"];
/** One completed authentication method; Ory Network adds `upstream_acr` and `upstream_amr` for OIDC. */
export type OryKratosSessionAuthenticationMethod = components["schemas"]["SessionAuthenticationMethod"];
/** One device of a session; its fields may be null. */
export type OryKratosSessionDevice = components["schemas"]["SessionDevice"];
/** The authentication method names Kratos is known to send (others may come). */
export type OryKratosKnownAuthenticationMethod = components["schemas"]["KnownAuthenticationMethod"];
/** Kratos' error envelope. */
export type OryKratosErrorBody = components["schemas"]["ErrorGeneric"];
/** The operation's query parameters. */
export type OryKratosListQuery = NonNullable<paths["/admin/identities/{id}/sessions"]["get"]["parameters"]["query"]>;
/** A session as `getSession` returns it: `identity` is null and `devices` empty unless expanded. */
export type OryKratosSessionLookup = components["schemas"]["SessionLookup"];
/** What `getSession` can expand (the spec's `expand` values): `identity`, `devices`. */
export type OryKratosSessionExpand = NonNullable<
  NonNullable<operations["getSession"]["parameters"]["query"]>["expand"]
>[number];

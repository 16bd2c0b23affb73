import type { components } from "./generated/openapi.gen.js";

export type { components, operations, paths } from "./generated/openapi.gen.js";

/** A Huawei IAM Identity Center login session (times in epoch seconds). */
export type HuaweiIdentityCenterSession = components["schemas"]["UserSession"];
/** The 200 body. */
export type HuaweiIdentityCenterListResponse = components["schemas"]["ListUserSessionsResponse"];
/** Huawei's error body, flat or nested. */
export type HuaweiIdentityCenterErrorBody = components["schemas"]["ErrorResponse"];

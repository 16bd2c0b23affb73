import type { components } from "./generated/openapi.gen.js";

export type { components, operations, paths } from "./generated/openapi.gen.js";

/** A __TITLE__ session, from the spec. */
export type __PASCAL__Session = components["schemas"]["Session"];

export { __CONST__, type __PASCAL__Client, type __PASCAL__ClientOptions, create__PASCAL__Client } from "./client.js";
export { __CAMEL__Errors } from "./errors.js";
export { listSessions, type __PASCAL__ListParams } from "./list-sessions.js";
export type { components, operations, paths, __PASCAL__Session } from "./types.js";
export type { CommonClientOptions, ListOptions, Page, SessionList, TokenGetter } from "@idp-sessions/core";
export * from "@idp-sessions/core/errors";

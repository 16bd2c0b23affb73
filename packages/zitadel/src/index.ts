export { createZitadelClient, ZITADEL, type ZitadelClient, type ZitadelClientOptions } from "./client.js";
export { zitadelErrors } from "./errors.js";
export { DEFAULT_ZITADEL_PAGE_SIZE, listSessions, type ZitadelListParams } from "./list-sessions.js";
export type {
  components,
  operations,
  paths,
  ZitadelErrorBody,
  ZitadelListSessionsRequest,
  ZitadelListSessionsResponse,
  ZitadelSearchQuery,
  ZitadelSession,
} from "./types.js";

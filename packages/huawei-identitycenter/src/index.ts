export {
  createHuaweiIdentityCenterClient,
  HUAWEI_IDENTITY_CENTER,
  type HuaweiIdentityCenterClient,
  type HuaweiIdentityCenterClientOptions,
} from "./client.js";
export { huaweiIdentityCenterErrors } from "./errors.js";
export { type HuaweiIdentityCenterListParams, listSessions } from "./list-sessions.js";
export {
  canonicalQuery,
  canonicalRequest,
  canonicalUri,
  encodeRfc3986,
  formatSdkDate,
  type HuaweiCredentials,
  signRequest,
} from "./signer.js";
export type {
  components,
  HuaweiIdentityCenterErrorBody,
  HuaweiIdentityCenterListResponse,
  HuaweiIdentityCenterSession,
  operations,
  paths,
} from "./types.js";

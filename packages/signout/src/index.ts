export type {
  RevokeFailure,
  RevokeOptions,
  RevokeOutcome,
  RevokeReport,
  RevokeResult,
  Verification,
} from "@idp-sessions/core";
export * from "@idp-sessions/core/errors";
export { IDENTITIES, REVOKERS, type SettingValues } from "./generated/providers.gen.js";
export type { Identity, IdentityAt, ProviderId } from "./identity.js";
export { revokeSessionAt, revokeUserSessionsAt } from "./revoke-at.js";
export { type ProviderSignOut, type SignOutReport, signOutEverywhere } from "./sign-out.js";

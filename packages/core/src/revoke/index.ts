export {
  DEFAULT_REVOKE_CONCURRENCY,
  MAX_REVOKE_CONCURRENCY,
  type RevokeFailure,
  type RevokeOptions,
  type RevokeOutcome,
  type RevokeReport,
  type RevokeResult,
  type Verification,
} from "./report.js";

export { MAX_DEPTH } from "./depth.js";
export { type Drift, findDrift } from "./drift.js";
export {
  credentialValues,
  ENV_VARIABLES,
  type Env,
  envForServers,
  missingVariables,
  type ProviderVariables,
  type StandInServer,
  targetFromEnv,
} from "./env.js";
export { formatReports } from "./format.js";
export { PROVIDERS } from "./generated/providers.gen.js";
export type { HeadersLike } from "./headers.js";
export { runLiveContract } from "./live.js";
export { type ContractMatchers, contractMatchers } from "./matcher.js";
export type { OpenApiDocument } from "./openapi-document.js";
export type { OperationRole } from "./operation.js";
export type { OperationId } from "./operation-ids.js";
export type { ProviderEntry, Setting, SettingValues } from "./provider-entry.js";
export { type Exchange, recordingFetch } from "./recording-fetch.js";
export { MAX_QUOTE, MAX_TEXT } from "./redactor.js";
export { type ContractTarget, type ContractViolation, type ProviderReport, runContract } from "./runner.js";
export { matchOperation, type OperationChoice, type RequestLine } from "./select-operation.js";
export { CONTRACT_PROVIDERS, type ContractProvider, isContractProvider, SPECS } from "./specs.js";
export { type RequestCheckOptions, type RequestLike, validateRequest } from "./validate-request.js";
export { type ResponseCheckOptions, type ResponseLike, validateResponse } from "./validate-response.js";
export { MAX_VIOLATIONS, type ValidateOptions, type Violation, type ViolationLocation } from "./violation.js";

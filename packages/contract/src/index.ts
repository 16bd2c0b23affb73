export { type CheckingFetch, type CheckingFetchOptions, checkingFetch } from "./checking-fetch.js";
export { MAX_DEPTH } from "./depth.js";
export { type Drift, findDrift } from "./drift.js";
export {
  credentialValues,
  ENV_VARIABLES,
  type Env,
  emptyVariables,
  missingVariables,
  type ProviderVariables,
} from "./env.js";
export { formatReports } from "./format.js";
export { PROVIDERS } from "./generated/providers.gen.js";
export type { HeadersLike } from "./headers.js";
export { type LiveOptions, type LiveResult, runLiveContract } from "./live.js";
export { type ContractMatchers, contractMatchers } from "./matcher.js";
export type { OpenApiDocument } from "./openapi-document.js";
export type { OperationRole } from "./operation.js";
export type { OperationId } from "./operation-ids.js";
export type { ProviderEntry, Setting, SettingValues } from "./provider-entry.js";
export { type Exchange, recordingFetch } from "./recording-fetch.js";
export { MAX_QUOTE, MAX_TEXT } from "./redactor.js";
export { type DocumentOptions, reportDocument } from "./report/build.js";
export type {
  CheckName,
  CheckResult,
  ContractReportDocument,
  DriftWarning,
  ProviderResult,
  ReportViolation,
} from "./report/document.js";
export { REPORT_VERSION } from "./report/document.js";
export { parseReportDocument } from "./report/parse.js";
export { isReportFormat, REPORT_FORMATS, type ReportFormat, renderReport } from "./report/render.js";
export { REPORT_SCHEMA } from "./report/schema.js";
export type { ContractViolation, ProviderReport } from "./report.js";
export { type ContractTarget, type DestructiveTarget, type RunOptions, runContract } from "./runner.js";
export { matchOperation, type OperationChoice, type RequestLine } from "./select-operation.js";
export { CONTRACT_PROVIDERS, type ContractProvider, isContractProvider, SPECS } from "./specs.js";
export { envForServers, type StandInServer } from "./stand-in.js";
export { targetFromEnv } from "./target.js";
export { type RequestCheckOptions, type RequestLike, validateRequest } from "./validate-request.js";
export { type ResponseCheckOptions, type ResponseLike, validateResponse } from "./validate-response.js";
export { MAX_VIOLATIONS, type ValidateOptions, type Violation, type ViolationLocation } from "./violation.js";

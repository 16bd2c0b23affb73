export type { CorsOption } from "./cors.js";
export type { Fault } from "./faults.js";
export { type MockUser, PROVIDER_IDS, type ProviderId } from "./provider.js";
export type { RevokeFailureStatus, RevokeFaults } from "./revoke-faults.js";
export { type MockProvider, type MockServerOptions, type MockServers, startMockServers } from "./server.js";

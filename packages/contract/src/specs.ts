import { PROVIDERS } from "./generated/providers.gen.js";
import type { OpenApiDocument } from "./openapi-document.js";

/** The providers this package knows, from the generated registry (one per spec). */
export type ContractProvider = keyof typeof PROVIDERS;

export const CONTRACT_PROVIDERS = Object.keys(PROVIDERS) as ContractProvider[];

/** The specs this package validates against, by provider id. */
export const SPECS = Object.fromEntries(CONTRACT_PROVIDERS.map((id) => [id, PROVIDERS[id].spec])) as Record<
  ContractProvider,
  OpenApiDocument
>;

export function isContractProvider(value: string): value is ContractProvider {
  return Object.hasOwn(PROVIDERS, value);
}

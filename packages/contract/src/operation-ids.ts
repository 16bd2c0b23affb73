import type { OperationIds } from "./generated/providers.gen.js";
import type { ContractProvider } from "./specs.js";

/** An operationId of a provider's spec (`getSession`); of any provider when `P` is the union. */
export type OperationId<P extends ContractProvider = ContractProvider> = Extract<
  { [K in ContractProvider]: OperationIds[K] }[P],
  string
>;

import type { operations as Auth0Operations } from "@idp-sessions/auth0";
import type { operations as HuaweiIdentityCenterOperations } from "@idp-sessions/huawei-identitycenter";
import type { operations as MonoCloudOperations } from "@idp-sessions/monocloud";
import type { operations as OryKratosOperations } from "@idp-sessions/ory-kratos";
import type { operations as ZitadelOperations } from "@idp-sessions/zitadel";
import type { ContractProvider } from "./specs.js";

/** Each provider's operationIds, from its spec (the `operations` type its package generates from it). */
interface OperationIds {
  auth0: keyof Auth0Operations;
  "huawei-identitycenter": keyof HuaweiIdentityCenterOperations;
  monocloud: keyof MonoCloudOperations;
  "ory-kratos": keyof OryKratosOperations;
  zitadel: keyof ZitadelOperations;
}

/** An operationId of a provider's spec (`getSession`); of any provider when `P` is the union. */
export type OperationId<P extends ContractProvider = ContractProvider> = Extract<
  { [K in ContractProvider]: OperationIds[K] }[P],
  string
>;

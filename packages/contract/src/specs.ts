import { spec as auth0 } from "./generated/auth0.spec.gen.js";
import { spec as huaweiIdentityCenter } from "./generated/huawei-identitycenter.spec.gen.js";
import { spec as monocloud } from "./generated/monocloud.spec.gen.js";
import { spec as oryKratos } from "./generated/ory-kratos.spec.gen.js";
import { spec as zitadel } from "./generated/zitadel.spec.gen.js";
import type { OpenApiDocument } from "./openapi-document.js";

/** The specs this package validates against, by provider id. */
export const SPECS = {
  "huawei-identitycenter": huaweiIdentityCenter,
  "ory-kratos": oryKratos,
  monocloud,
  auth0,
  zitadel,
} as const satisfies Record<string, OpenApiDocument>;

export type ContractProvider = keyof typeof SPECS;

export const CONTRACT_PROVIDERS = Object.keys(SPECS) as ContractProvider[];

export function isContractProvider(value: string): value is ContractProvider {
  return Object.hasOwn(SPECS, value);
}

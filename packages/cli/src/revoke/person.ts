import { CONTRACT_PROVIDERS, type ContractProvider, isContractProvider, PROVIDERS } from "@idp-sessions/contract";
import { UsageError } from "../exit-codes.js";
import { REVOKE_METHODS } from "./methods.js";

/** One person's accounts: per provider, the variables that name the user (and the tenant), as the demo's. */
export interface Person {
  name: string | undefined;
  providers: readonly PersonAt[];
}

export interface PersonAt {
  provider: ContractProvider;
  /** By environment variable name (`AUTH0_USER_ID`, `AUTH0_DOMAIN`), as `list` reads them. */
  variables: Readonly<Record<string, string>>;
  method: string | undefined;
  /** Where in the file, as a JSON pointer (`/providers/auth0`). */
  pointer: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const pointerKey = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

/** Every variable a provider's entry may hold: address, base URL, the user (and Huawei's identity store), credentials. */
export function variablesOf(provider: ContractProvider): Record<"address" | "params" | "credentials", string[]> {
  const p = PROVIDERS[provider];
  return {
    address: [p.address.variable, p.baseUrl.variable],
    params: p.params.map((s) => s.variable),
    credentials: p.credentials.map((s) => s.variable),
  };
}

/**
 * A person file's content, checked strictly: `{ "name"?: string, "providers": { <provider>: { <variable>:
 * string, ..., "method"?: string } } }`. Each provider names the user (every parameter variable of its
 * listing is required); anything unknown, empty or of the wrong type is a usage error naming the file and
 * the JSON pointer of what is wrong.
 */
export function parsePerson(content: unknown, file: string): Person {
  const fail = (pointer: string, what: string): never => {
    throw new UsageError(`${file}: ${pointer || "/"} ${what}`);
  };
  if (!isObject(content)) return fail("", 'must be an object: { "providers": { ... } }');
  for (const key of Object.keys(content)) {
    if (key !== "name" && key !== "providers")
      fail(`/${pointerKey(key)}`, 'is not allowed: only "name" and "providers"');
  }
  if (content.name !== undefined && (typeof content.name !== "string" || content.name.trim() === "")) {
    fail("/name", "must be a non-empty string");
  }
  const { providers } = content;
  if (!isObject(providers) || Object.keys(providers).length === 0) {
    return fail("/providers", `must be an object with at least one of ${CONTRACT_PROVIDERS.join(", ")}`);
  }
  const entries = Object.entries(providers).map(([provider, entry]) => {
    const pointer = `/providers/${pointerKey(provider)}`;
    if (!isContractProvider(provider)) return fail(pointer, `is not a provider: use ${CONTRACT_PROVIDERS.join(", ")}`);
    return entryOf(provider, entry, pointer, fail);
  });
  return { name: content.name as string | undefined, providers: entries };
}

function entryOf(
  provider: ContractProvider,
  entry: unknown,
  pointer: string,
  fail: (p: string, w: string) => never,
): PersonAt {
  if (!isObject(entry)) return fail(pointer, "must be an object of variables");
  const known = variablesOf(provider);
  const allowed = [...known.address, ...known.params, ...known.credentials];
  const variables: Record<string, string> = {};
  let method: string | undefined;
  for (const [key, value] of Object.entries(entry)) {
    const at = `${pointer}/${pointerKey(key)}`;
    if (typeof value !== "string" || value.trim() === "") fail(at, "must be a non-empty string");
    if (key === "method") {
      const methods = REVOKE_METHODS[provider];
      if (!methods) fail(at, `is not allowed: ${provider} has one way of revoking`);
      else if (!methods.includes(value as string)) fail(at, `must be one of ${methods.join(", ")}`);
      method = value as string;
    } else if (allowed.includes(key)) variables[key] = value as string;
    else
      fail(
        at,
        `is not a variable of ${provider}: use ${[...allowed, ...(REVOKE_METHODS[provider] ? ["method"] : [])].join(", ")}`,
      );
  }
  for (const name of known.params) if (!variables[name]) fail(pointer, `needs ${name} (the user at ${provider})`);
  if (known.address.every((name) => variables[name]))
    fail(pointer, `has both ${known.address.join(" and ")}: keep one`);
  return { provider, variables, method, pointer };
}

/**
 * The person to sign out: their account at each provider, from a JSON file, and the credentials, from
 * the environment. The file names people and tenants; it must never hold a secret (it is refused if it
 * does), so that it can be shared in an incident channel or kept in a ticket.
 */
import { readFile } from "node:fs/promises";
import process from "node:process";
import { IDENTITIES, type Identity, type ProviderId } from "@idp-sessions/signout";

/** Each provider's credential options, and the environment variable each is read from. */
const CREDENTIALS: Record<ProviderId, Record<string, string>> = {
  auth0: { token: "AUTH0_TOKEN" },
  "ory-kratos": { token: "ORY_API_KEY" },
  monocloud: { apiKey: "MONOCLOUD_API_KEY" },
  zitadel: { token: "ZITADEL_TOKEN" },
  "huawei-identitycenter": {
    accessKeyId: "HUAWEI_ACCESS_KEY_ID",
    secretAccessKey: "HUAWEI_SECRET_ACCESS_KEY",
    securityToken: "HUAWEI_SECURITY_TOKEN",
  },
};

/** What an account in the file may say: the tenant's address and the user there. Nothing else. */
const ACCOUNT_KEYS = [
  "provider",
  "domain",
  "baseUrl",
  "region",
  "projectSlug",
  "userId",
  "identityId",
  "identityStoreId",
];

export interface Person {
  name: string;
  identities: Identity[];
}

/** A mistake in the command line or the person file: nothing was sent (exit code 2). */
export class UsageError extends Error {}

export async function readPerson(file: string): Promise<Person> {
  const text = await readFile(file, "utf8").catch(() => {
    throw new UsageError(`cannot read ${file}`);
  });
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch {
    throw new UsageError(`${file} is not valid JSON`); // JSON.parse's message may quote the file: left out
  }
  if (!isRecord(content) || typeof content.name !== "string" || !Array.isArray(content.identities)) {
    throw new UsageError(`${file}: expected { "name": "...", "identities": [ ... ] }`);
  }
  const identities = content.identities.map((account: unknown, i: number) => {
    const where = `${file}: identities[${i}]`;
    if (!isRecord(account) || !isProvider(account.provider)) throw new UsageError(`${where}: unknown provider`);
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(account)) {
      // A key outside the list is most likely a credential pasted into the file: refuse to go on.
      if (!ACCOUNT_KEYS.includes(key) || typeof value !== "string")
        throw new UsageError(`${where}: ${key} not allowed`);
      values[key] = value;
    }
    // Only the variables of the providers in the file are read (Deno: --allow-env names exactly those).
    for (const [option, variable] of Object.entries(CREDENTIALS[account.provider])) {
      const value = process.env[variable];
      if (value) values[option] = value;
    }
    let identity: Identity;
    try {
      identity = IDENTITIES[account.provider](values);
    } catch (error) {
      // The client checks its options (a missing credential, a malformed domain) before any request.
      throw new UsageError(`${where}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const missing = Object.entries(identity.user).filter(([, value]) => !value);
    if (missing.length) throw new UsageError(`${where}: needs ${missing.map(([key]) => key).join(" and ")}`);
    return identity;
  });
  return { name: content.name, identities };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isProvider(value: unknown): value is ProviderId {
  return typeof value === "string" && Object.hasOwn(CREDENTIALS, value);
}

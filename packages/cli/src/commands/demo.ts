import { parseArgs } from "node:util";
import {
  CONTRACT_PROVIDERS,
  type ContractProvider,
  type ContractTarget,
  type Env,
  missingVariables,
  targetFromEnv,
} from "@idp-sessions/contract";
import { PROVIDER_IDS as MOCKED, type ProviderId as MockedId, startMockServers } from "@idp-sessions/mock";
import { listNormalizedSessions, type Session } from "@idp-sessions/normalize";
import { EXIT } from "../exit-codes.js";
import type { CommandIo } from "../io.js";
import { table } from "../output.js";

export const DEMO_HELP = `Usage: idp-sessions demo

Start the mock servers, list the sessions of one person known to all five providers through the real
client packages, normalize them and print one table and a count per provider, then stop the servers.
A provider whose variables are set (see \`idp-sessions contract --help\`) is listed from the real tenant
instead.`;

const hasMock = (p: ContractProvider): p is MockedId => (MOCKED as readonly string[]).includes(p);

/** The environment of a provider served by the mock: the same variables a real tenant would need. */
function mockEnv(
  provider: MockedId,
  p: { baseUrl: string; credentials: Record<string, string>; users: { userId: string; identityStoreId?: string }[] },
): Env {
  const user = p.users[0];
  const c = p.credentials;
  switch (provider) {
    case "auth0":
      return { AUTH0_BASE_URL: p.baseUrl, AUTH0_TOKEN: c.token, AUTH0_USER_ID: user?.userId };
    case "ory-kratos":
      return { ORY_KRATOS_BASE_URL: p.baseUrl, ORY_API_KEY: c.token, ORY_IDENTITY_ID: user?.userId };
    case "monocloud":
      return { MONOCLOUD_BASE_URL: p.baseUrl, MONOCLOUD_API_KEY: c.apiKey, MONOCLOUD_USER_ID: user?.userId };
    case "zitadel":
      return { ZITADEL_BASE_URL: p.baseUrl, ZITADEL_TOKEN: c.token, ZITADEL_USER_ID: user?.userId };
    case "huawei-identitycenter":
      return {
        HUAWEI_BASE_URL: p.baseUrl,
        HUAWEI_ACCESS_KEY_ID: c.accessKeyId,
        HUAWEI_SECRET_ACCESS_KEY: c.secretAccessKey,
        HUAWEI_IDENTITY_STORE_ID: user?.identityStoreId,
        HUAWEI_USER_ID: user?.userId,
      };
  }
}

const USER_VARIABLE: Record<MockedId, string> = {
  auth0: "AUTH0_USER_ID",
  "ory-kratos": "ORY_IDENTITY_ID",
  monocloud: "MONOCLOUD_USER_ID",
  zitadel: "ZITADEL_USER_ID",
  "huawei-identitycenter": "HUAWEI_USER_ID",
};

export async function demoCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({ args, options: { help: { type: "boolean", default: false } }, strict: true });
  if (values.help) {
    io.stdout.write(`${DEMO_HELP}\n`);
    return EXIT.ok;
  }
  const live = CONTRACT_PROVIDERS.filter((p) => missingVariables(p, io.env).length === 0);
  const mocked = CONTRACT_PROVIDERS.filter((p) => !live.includes(p));
  const mock =
    mocked.length > 0
      ? await startMockServers({ providers: mocked, usersPerProvider: 1, sessionsPerUser: 4 })
      : undefined;
  try {
    const sessions: Session[] = [];
    const sources: string[] = [];
    for (const provider of [...mocked, ...live]) {
      const server = hasMock(provider) && mocked.includes(provider) ? mock?.providers[provider] : undefined;
      const env = server && hasMock(provider) ? mockEnv(provider, server) : io.env;
      const target = targetFromEnv(provider, env) as ContractTarget;
      const userId = hasMock(provider) ? env[USER_VARIABLE[provider]] : undefined;
      const list = listNormalizedSessions(
        provider,
        target.list((r) => globalThis.fetch(r)),
        { userId },
      );
      const found = (await list.collect()) as Session[];
      sessions.push(...found);
      sources.push(
        `${provider.padEnd(22)} ${String(found.length).padStart(3)} session(s) from ${server ? "the mock server" : "the real tenant"}`,
      );
    }
    io.stdout.write(
      `Sessions of Ada Lovelace (ada@example.com) at five identity providers\n\n${table(sessions)}\n\n${sources.join("\n")}\n`,
    );
    return EXIT.ok;
  } finally {
    await mock?.close();
  }
}

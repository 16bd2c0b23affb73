import { parseArgs } from "node:util";
import {
  CONTRACT_PROVIDERS,
  type ContractProvider,
  type ContractTarget,
  ENV_VARIABLES,
  envForServers,
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

export async function demoCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({ args, options: { help: { type: "boolean", default: false } }, strict: true });
  if (values.help) {
    io.stdout.write(`${DEMO_HELP}\n`);
    return EXIT.ok;
  }
  const live = CONTRACT_PROVIDERS.filter((p) => missingVariables(p, io.env).length === 0);
  // A provider without variables is served by its mock server, when the mock package has one.
  const mocked = CONTRACT_PROVIDERS.filter((p): p is MockedId => !live.includes(p) && hasMock(p));
  const mock =
    mocked.length > 0
      ? await startMockServers({ providers: mocked, usersPerProvider: 1, sessionsPerUser: 4 })
      : undefined;
  try {
    const sessions: Session[] = [];
    const sources: string[] = [];
    for (const provider of [...mocked, ...live]) {
      const server = hasMock(provider) ? mock?.providers[provider] : undefined;
      const env = server ? envForServers({ [provider]: server }) : io.env;
      const target = targetFromEnv(provider, env) as ContractTarget;
      const userId = env[ENV_VARIABLES[provider].user];
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

import { parseArgs } from "node:util";
import { startMockServers } from "@idp-sessions/mock";
import { EXIT, UsageError } from "../exit-codes.js";
import type { CommandIo } from "../io.js";

export const MOCK_HELP = `Usage: idp-sessions mock [--seed <n>] [--users <n>] [--sessions <n>]

Start the five mock servers on 127.0.0.1, print their base URLs, credentials and users as JSON, and run
until interrupted (Ctrl-C). Where the provider has a permission to read sessions without revoking them
(auth0, zitadel, huawei-identitycenter), "readOnlyCredentials" are such credentials: revoking with them
answers the provider's 403.

Options:
  --seed <n>       data seed (default 42)
  --users <n>      users per provider (default 3)
  --sessions <n>   sessions per user (default 25)
  --help           show this help`;

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number`);
  return Number(value);
}

export async function mockCommand(args: string[], io: CommandIo, signal?: AbortSignal): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      seed: { type: "string" },
      users: { type: "string" },
      sessions: { type: "string" },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    io.stdout.write(`${MOCK_HELP}\n`);
    return EXIT.ok;
  }
  const mock = await startMockServers({
    seed: count(values.seed, "seed", 42),
    usersPerProvider: count(values.users, "users", 3),
    sessionsPerUser: count(values.sessions, "sessions", 25),
  });
  const summary = Object.fromEntries(
    Object.entries(mock.providers).map(([id, p]) => [
      id,
      {
        baseUrl: p.baseUrl,
        credentials: p.credentials,
        ...(p.readOnlyCredentials ? { readOnlyCredentials: p.readOnlyCredentials } : {}),
        users: p.users,
      },
    ]),
  );
  io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  io.stderr.write("mock servers running; press Ctrl-C to stop\n");
  await new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    signal?.addEventListener("abort", () => resolve(), { once: true });
  });
  await mock.close();
  return EXIT.ok;
}

import { parseArgs } from "node:util";
import {
  CONTRACT_PROVIDERS,
  type ContractProvider,
  ENV_VARIABLES,
  type Env,
  envForServers,
  missingVariables,
} from "@idp-sessions/contract";
import { PROVIDER_IDS as MOCKED, type ProviderId as MockedId, startMockServers } from "@idp-sessions/mock";
import type { Session } from "@idp-sessions/normalize";
import { nextSteps } from "../demo/next-steps.js";
import { type Source, sourceLines } from "../demo/sources.js";
import { EXIT, exitCodeOf } from "../exit-codes.js";
import type { CommandIo } from "../io.js";
import { explainError } from "../providers/explain.js";
import { listFor } from "../providers/lister.js";
import { resolveSettings } from "../providers/resolve.js";
import { stopRequested } from "../stop.js";
import { table } from "../table/table.js";
import { outputWidth } from "../terminal.js";
import { wrap } from "../text/width.js";

export const DEMO_HELP = `Usage: idp-sessions demo

Start the mock servers, list the sessions of one person known to all five providers through the real
client packages, normalize them and print one table, where each provider's sessions came from and what to
try next, then stop the servers. A provider whose variables are set (see \`idp-sessions contract --help\`)
is listed from the real tenant instead; when a tenant fails (a 401, an unknown domain), its line under
"Listed from" says why, the others are still listed, and the demo exits with that error's code. The
table fits the terminal, or COLUMNS when it is set.`;

const hasMock = (p: ContractProvider): p is MockedId => (MOCKED as readonly string[]).includes(p);
const NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const PERSON = "Ada Lovelace (ada@example.com)"; // the mock servers' first user

function title(mocked: number, live: number): string {
  const providers = `${NUMBERS[mocked + live] ?? mocked + live} identity providers`;
  if (live === 0) return `Sessions of ${PERSON} at ${providers}`;
  if (mocked === 0) return `Sessions of your users at ${providers}`;
  return `Sessions at ${providers}: ${PERSON} at the mock servers, your users at the real tenants`;
}

/** One provider's sessions, through the same clients as `list`; errors in the command line's words. */
async function sessionsAt(provider: ContractProvider, env: Env, signal: AbortSignal | undefined): Promise<Session[]> {
  const settings = resolveSettings(provider, {}, env);
  const listing = listFor(settings, { signal });
  try {
    return await listing.sessions.collect();
  } catch (error) {
    throw explainError(error, { settings, host: listing.host() });
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function demoCommand(args: string[], io: CommandIo, signal?: AbortSignal): Promise<number> {
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
    const sources: Source[] = [];
    let code: number = EXIT.ok;
    for (const provider of [...mocked, ...live]) {
      const server = hasMock(provider) ? mock?.providers[provider] : undefined;
      const env: Env = server ? envForServers({ [provider]: server }) : io.env;
      const tenantVariable = server ? undefined : ENV_VARIABLES[provider].oneOf.find((name) => env[name]);
      try {
        const found = await sessionsAt(provider, env, signal);
        sessions.push(...found);
        sources.push({ provider, count: found.length, tenantVariable });
      } catch (error) {
        if (stopRequested(signal)) throw error;
        // One tenant that refuses (a 401, a typo in its domain) must not hide the others.
        if (code === EXIT.ok) code = exitCodeOf(error);
        sources.push({ provider, count: 0, tenantVariable, error: messageOf(error) });
      }
    }
    const width = outputWidth(io);
    const blocks = [
      wrap(title(mocked.length, live.length), width).join("\n"),
      table(sessions, { width }),
      sourceLines(sources, width).join("\n"),
      nextSteps(width).join("\n"),
    ];
    io.stdout.write(`${blocks.join("\n\n")}\n`);
    return code;
  } finally {
    await mock?.close();
  }
}

import { parseArgs } from "node:util";
import {
  CONTRACT_PROVIDERS,
  type ContractProvider,
  ENV_VARIABLES,
  envForServers,
  missingVariables,
} from "@idp-sessions/contract";
import { PROVIDER_IDS as MOCKED, type ProviderId as MockedId, startMockServers } from "@idp-sessions/mock";
import { type DemoProvider, listEach } from "../demo/list-each.js";
import { listedAgainLines } from "../demo/listed-again.js";
import { nextSteps } from "../demo/next-steps.js";
import { demoSignOut } from "../demo/sign-out.js";
import { sourceLines } from "../demo/sources.js";
import { EXIT } from "../exit-codes.js";
import type { CommandIo } from "../io.js";
import { table } from "../table/table.js";
import { outputWidth } from "../terminal.js";
import { wrap } from "../text/width.js";

export const DEMO_HELP = `Usage: idp-sessions demo

Start the mock servers, list the sessions of one person known to all five providers through the real
client packages, normalize them and print one table and where each provider's sessions came from. Then
sign the person out everywhere as \`idp-sessions signout --person <file> --yes\` does (a dry run, then for
real, verified), list again to show that no session is left active, print what to try next and stop the
servers. A provider whose variables are set (see \`idp-sessions contract --help\`) is listed from the real
tenant instead, and never signed out: the demo revokes only at its own mock servers. When a tenant fails
(a 401, an unknown domain), its line under "Listed from" says why, the others are still listed, and the
demo exits with that error's code. The table fits the terminal, or COLUMNS when it is set.`;

const hasMock = (p: ContractProvider): p is MockedId => (MOCKED as readonly string[]).includes(p);
const NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const PERSON = "Ada Lovelace (ada@example.com)"; // the mock servers' first user

function title(mocked: number, live: number): string {
  const providers = `${NUMBERS[mocked + live] ?? mocked + live} identity providers`;
  if (live === 0) return `Sessions of ${PERSON} at ${providers}`;
  if (mocked === 0) return `Sessions of your users at ${providers}`;
  return `Sessions at ${providers}: ${PERSON} at the mock servers, your users at the real tenants`;
}

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
    const where = (provider: ContractProvider): DemoProvider => {
      const server = hasMock(provider) ? mock?.providers[provider] : undefined;
      if (server) return { provider, env: envForServers({ [provider]: server }), tenantVariable: undefined };
      return { provider, env: io.env, tenantVariable: ENV_VARIABLES[provider].oneOf.find((name) => io.env[name]) };
    };
    const atMocks = mocked.map(where);
    const atTenants = live.map(where);
    const first = await listEach([...atMocks, ...atTenants], signal);
    const width = outputWidth(io);
    const blocks = [
      wrap(title(mocked.length, live.length), width).join("\n"),
      table(first.sessions, { width }),
      sourceLines(first.sources, width).join("\n"),
    ];
    let code = first.code;
    if (atMocks.length > 0) {
      // Only the mock servers: a real tenant's sessions are listed, never revoked, by the demo.
      const signOut = await demoSignOut(atMocks, atTenants, width, signal);
      const again = await listEach(atMocks, signal);
      blocks.push(signOut.lines.join("\n"), listedAgainLines(again.sessions, again.sources, width).join("\n"));
      for (const next of [signOut.code, again.code]) if (code === EXIT.ok) code = next;
    }
    blocks.push(nextSteps(width).join("\n"));
    io.stdout.write(`${blocks.join("\n\n")}\n`);
    return code;
  } finally {
    await mock?.close();
  }
}

import { parseArgs } from "node:util";
import { CONTRACT_PROVIDERS, ENV_VARIABLES, isContractProvider, runLiveContract } from "@idp-sessions/contract";
import { EXIT, UsageError } from "../exit-codes.js";
import type { CommandIo } from "../io.js";
import { untilAborted } from "../stop.js";
import { printable } from "../text/printable.js";

export const CONTRACT_HELP = `Usage: idp-sessions contract [--provider <id>] [--destructive]

Run the live contract check: the real clients against the tenants whose variables are set, every request
and response checked against the specs, drift reported. Providers without variables are reported as
skipped, never as passed. Exits 1 when a check fails.

Variables (see the @idp-sessions/contract README):
  AUTH0_DOMAIN | AUTH0_BASE_URL, AUTH0_TOKEN, AUTH0_USER_ID
  ORY_PROJECT_SLUG + ORY_API_KEY | ORY_KRATOS_BASE_URL, ORY_IDENTITY_ID
  MONOCLOUD_DOMAIN | MONOCLOUD_BASE_URL, MONOCLOUD_API_KEY, MONOCLOUD_USER_ID
  ZITADEL_DOMAIN | ZITADEL_BASE_URL, ZITADEL_TOKEN, ZITADEL_USER_ID
  HUAWEI_REGION | HUAWEI_BASE_URL, HUAWEI_ACCESS_KEY_ID, HUAWEI_SECRET_ACCESS_KEY, HUAWEI_IDENTITY_STORE_ID,
  HUAWEI_USER_ID, HUAWEI_SECURITY_TOKEN (optional)

Destructive checks (revoke ONE session of a dedicated test user, never a revoke-all) run only with
--destructive AND the provider's test-user variable: ${CONTRACT_PROVIDERS.map((p) => ENV_VARIABLES[p].destructiveUser).join(", ")}.
Without both, only reads are sent (the listing and the get of one listed session).

Options:
  --provider <id>   only this provider (${CONTRACT_PROVIDERS.join(", ")})
  --destructive     also check the revoking operation, on each provider's test user
  --help            show this help`;

export async function contractCommand(args: string[], io: CommandIo, signal?: AbortSignal): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      provider: { type: "string" },
      destructive: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    io.stdout.write(`${CONTRACT_HELP}\n`);
    return EXIT.ok;
  }
  const provider = values.provider;
  if (provider !== undefined && !isContractProvider(provider))
    throw new UsageError(`--provider must be one of ${CONTRACT_PROVIDERS.join(", ")}`);
  // The check takes no signal: Ctrl-C leaves it behind (bin.ts exits without waiting for it).
  const { summary, ok } = await untilAborted(
    runLiveContract(io.env, provider ? [provider] : CONTRACT_PROVIDERS, { destructive: values.destructive }),
    signal,
  );
  // The summary quotes what the servers sent: escaped line by line, so that its own lines stay lines.
  io.stdout.write(`${summary.split("\n").map(printable).join("\n")}\n`);
  return ok ? EXIT.ok : EXIT.failure;
}

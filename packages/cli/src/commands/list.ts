import { parseArgs } from "node:util";
import { CONTRACT_PROVIDERS, type ContractProvider, isContractProvider } from "@idp-sessions/contract";
import { listNormalizedSessions, type Session } from "@idp-sessions/normalize";
import { CREDENTIAL_FLAGS, targetFor } from "../credentials.js";
import { EXIT, UsageError } from "../exit-codes.js";
import type { CommandIo } from "../io.js";
import { csvHeader, csvLine, FORMATS, type Format } from "../output.js";
import { table } from "../table/table.js";
import { outputWidth } from "../terminal.js";

export const LIST_HELP = `Usage: idp-sessions list --provider <id> --user <id> [options]

List every session of one user at one provider, normalized.

Options:
  --provider <id>         ${CONTRACT_PROVIDERS.join(", ")}
  --user <id>             the user (Kratos: the identity id)
  --identity-store <id>   Huawei: the identity store id
  --format <format>       table (default), json, ndjson (streamed), csv
  --active                only sessions whose status is active
  --help                  show this help

Credentials and addresses come from the environment (the same variables as \`idp-sessions contract\`,
e.g. AUTH0_DOMAIN and AUTH0_TOKEN) or from flags: --domain, --project-slug, --region, --base-url, --token,
--api-key, --access-key-id, --secret-access-key, --security-token. Values are never printed.
Progress goes to stderr when it is a terminal. The table fits the terminal (or COLUMNS) by shortening
and hiding columns, shows user agents as "Chrome 138 on Windows" and escapes control characters; to a pipe
it is printed in full. json, ndjson and csv keep every value as the provider sent it.

Exit codes: 0 ok, 2 usage, 3 authentication, 4 not found, 5 other API or network error.`;

export async function listCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      provider: { type: "string" },
      user: { type: "string" },
      format: { type: "string", default: "table" },
      active: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
      ...Object.fromEntries(CREDENTIAL_FLAGS.filter((f) => f !== "user").map((f) => [f, { type: "string" as const }])),
    },
    strict: true,
  });
  if (values.help) {
    io.stdout.write(`${LIST_HELP}\n`);
    return EXIT.ok;
  }
  const provider = String(values.provider ?? "");
  if (!isContractProvider(provider)) throw new UsageError(`--provider must be one of ${CONTRACT_PROVIDERS.join(", ")}`);
  if (!values.user) throw new UsageError("--user is required");
  const format = String(values.format) as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
  const flags = Object.fromEntries(Object.entries(values).filter(([, v]) => typeof v === "string")) as Record<
    string,
    string
  >;
  const target = targetFor(provider as ContractProvider, flags, io.env);

  const progress = io.stderr.isTTY
    ? (pages: number, count: number) => io.stderr.write(`\rpages ${pages}, sessions ${count}`)
    : undefined;
  const collected: Session[] = [];
  let pages = 0;
  let count = 0;
  if (format === "csv") io.stdout.write(`${csvHeader()}\n`);
  const list = listNormalizedSessions(
    provider as ContractProvider,
    target.list((r) => globalThis.fetch(r)),
    { userId: values.user },
  );
  for await (const page of list.pages()) {
    pages++;
    for (const session of page.items as Session[]) {
      if (values.active && session.status !== "active") continue;
      count++;
      if (format === "ndjson") io.stdout.write(`${JSON.stringify(session)}\n`);
      else if (format === "csv") io.stdout.write(`${csvLine(session)}\n`);
      else collected.push(session);
    }
    progress?.(pages, count);
  }
  if (progress) io.stderr.write("\n");
  if (format === "json") io.stdout.write(`${JSON.stringify(collected, null, 2)}\n`);
  if (format === "table") {
    io.stdout.write(`${table(collected, { width: outputWidth(io) })}\n\n${count} session(s)\n`);
  }
  return EXIT.ok;
}

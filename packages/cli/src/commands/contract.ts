import { parseArgs } from "node:util";
import {
  CONTRACT_PROVIDERS,
  type ContractReportDocument,
  ENV_VARIABLES,
  isContractProvider,
  isReportFormat,
  REPORT_FORMATS,
  runLiveContract,
} from "@idp-sessions/contract";
import { reportFromFile } from "../contract/from-file.js";
import { requiredProviders } from "../contract/require.js";
import { writeReport } from "../contract/write-report.js";
import { EXIT, UsageError } from "../exit-codes.js";
import type { CommandIo } from "../io.js";
import { untilAborted } from "../stop.js";
import { printable } from "../text/printable.js";

export const CONTRACT_HELP = `Usage: idp-sessions contract [--provider <id>] [--require <ids|all>] [--destructive]
                             [--format <format>] [--output <file>]
       idp-sessions contract --from <report.json> [--format <format>] [--output <file>]

Run the live contract check: the real clients against the tenants whose variables are set, every request
and response checked against the specs, drift reported. Providers without variables (or with empty ones)
are reported as skipped, never as passed. Exits 1 when a check fails, 9 when a provider named by
--require was skipped (1 wins when both happen).

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
  --provider <id>      only this provider (${CONTRACT_PROVIDERS.join(", ")})
  --require <ids|all>  comma-separated provider ids, or all: such a provider skipped fails the run (exit 9)
  --destructive        also check the revoking operation, on each provider's test user
  --format <format>    ${REPORT_FORMATS.join(", ")} (default text): json is the versioned report
                       (version 1) the others are rendered from; junit is JUnit XML; github is workflow
                       command lines (::error, ::warning); markdown is a job summary
  --output <file>      write the report there instead of stdout
  --from <file>        re-render a saved --format json report; no tenant is called; exits 0 once written
  --help               show this help`;

export async function contractCommand(args: string[], io: CommandIo, signal?: AbortSignal): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      provider: { type: "string" },
      require: { type: "string" },
      destructive: { type: "boolean", default: false },
      format: { type: "string", default: "text" },
      output: { type: "string" },
      from: { type: "string" },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    io.stdout.write(`${CONTRACT_HELP}\n`);
    return EXIT.ok;
  }
  const format = values.format;
  if (!isReportFormat(format)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(", ")}`);
  if (values.from !== undefined) {
    if (values.provider !== undefined || values.require !== undefined || values.destructive)
      throw new UsageError("--from re-renders a saved report: --provider, --require and --destructive belong to a run");
    await writeReport(await reportFromFile(values.from, io), format, values.output, io);
    return EXIT.ok;
  }
  const provider = values.provider;
  if (provider !== undefined && !isContractProvider(provider))
    throw new UsageError(`--provider must be one of ${CONTRACT_PROVIDERS.join(", ")}`);
  const providers = provider ? [provider] : CONTRACT_PROVIDERS;
  const require = requiredProviders(values.require, providers);
  // The check takes no signal: Ctrl-C leaves it behind (bin.ts exits without waiting for it).
  const { document } = await untilAborted(
    runLiveContract(io.env, providers, { destructive: values.destructive, require }),
    signal,
  );
  await writeReport(document, format, values.output, io);
  return outcome(document, io);
}

/** The exit code; each required provider that was skipped is named on stderr with the variables to set. */
function outcome(doc: ContractReportDocument, io: CommandIo): number {
  for (const p of doc.providers.filter((p) => p.required && p.status === "skipped"))
    io.stderr.write(`idp-sessions contract: ${p.provider} is required but was skipped: ${printable(p.reason ?? "")}\n`);
  if (doc.summary.failed > 0) return EXIT.failure;
  return doc.summary.requiredSkipped.length > 0 ? EXIT.requiredSkipped : EXIT.ok;
}

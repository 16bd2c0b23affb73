import { parseArgs } from "node:util";
import { CONTRACT_PROVIDERS } from "@idp-sessions/contract";
import { DEFAULT_MAX_PAGES } from "@idp-sessions/core";
import { EXIT, EXIT_HELP, UsageError } from "../exit-codes.js";
import type { CommandIo } from "../io.js";
import { writeListing } from "../list/write-listing.js";
import { FORMATS, type Format } from "../output.js";
import { explainError } from "../providers/explain.js";
import { PROVIDER_OPTIONS, providerFlags } from "../providers/flags.js";
import { type Listing, listFor } from "../providers/lister.js";
import { resolveSettings } from "../providers/resolve.js";

export const LIST_HELP = `Usage: idp-sessions list --provider <id> --user <id> [options]

List every session of one user at one provider, normalized.

Options:
  --provider <id>         ${CONTRACT_PROVIDERS.join(", ")}
  --user <id>             the user (Kratos: the identity id)
  --identity-store <id>   Huawei: the identity store id
  --format <format>       table (default), json, ndjson (streamed), csv (streamed)
  --active                only sessions whose status is active
  --max-pages <n>         fetch at most n pages (default ${DEFAULT_MAX_PAGES}); a server with more ends the
                          listing with an error (exit 5) instead of a silently shortened one
  --help                  show this help

Credentials and addresses come from the environment (the same variables as \`idp-sessions contract\`,
e.g. AUTH0_DOMAIN and AUTH0_TOKEN) or from flags, which win: --domain, --project-slug, --region,
--base-url, --token, --api-key, --access-key-id, --secret-access-key, --security-token. An address flag
(--domain, --region, --project-slug or --base-url) replaces the environment's address in either form.
Values are never printed.

Every field of a session is chosen by whoever signed in. The table and csv escape control characters
(\`\\x1b\`, \`\\n\`, \`\\u202e\`) and backslashes (\`\\\\\`), so nothing acts on a terminal and no field starts
a row; in csv, a cell starting with =, +, -, @, tab or CR gets a leading ' and quotes, so that a
spreadsheet reads it as text, not a formula. json and ndjson keep every value exactly as sent.
The table fits the terminal (or COLUMNS) by shortening and hiding columns and shows user agents as
"Chrome 138 on Windows"; to a pipe it is printed in full.

Progress goes to stderr when it is a terminal. Notes always go to stderr, so that stdout stays valid:
sessions the server sent twice (skipped, and counted), and an empty ZITADEL listing (ZITADEL answers
the same for a user id that does not exist). Errors name the host that could not be reached.

Ctrl-C stops the listing (exit 130; a second Ctrl-C quits at once). A closed pipe (\`| head -1\`) stops
it quietly with exit 0.

${EXIT_HELP}`;

export async function listCommand(args: string[], io: CommandIo, signal?: AbortSignal): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      format: { type: "string", default: "table" },
      active: { type: "boolean", default: false },
      "max-pages": { type: "string" },
      help: { type: "boolean", default: false },
      ...PROVIDER_OPTIONS,
    },
    strict: true,
  });
  if (values.help) {
    io.stdout.write(`${LIST_HELP}\n`);
    return EXIT.ok;
  }
  const { provider, flags } = providerFlags(values);
  const format = String(values.format) as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
  const maxPages = positive(values["max-pages"], "max-pages");
  const settings = resolveSettings(provider, flags, io.env);

  let listing: Listing | undefined;
  try {
    listing = listFor(settings, { maxPages, signal });
    await writeListing({ provider, listing, format, activeOnly: values.active, signal }, io);
  } catch (error) {
    throw explainError(error, { settings, host: listing?.host() });
  }
  return EXIT.ok;
}

/** A whole number of 1 or more, as typed: `--max-pages 1e3` and `--max-pages 0` are usage errors. */
function positive(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(`--${flag} must be a whole number of 1 or more`);
  }
  return n;
}

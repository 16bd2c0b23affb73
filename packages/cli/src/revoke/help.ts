import { CONTRACT_PROVIDERS } from "@idp-sessions/contract";
import { DEFAULT_REVOKE_CONCURRENCY, MAX_REVOKE_CONCURRENCY } from "@idp-sessions/core";
import { EXIT_HELP } from "../exit-codes.js";
import { methodsHelp } from "./methods.js";

/** What revoke and signout share in their --help. */
export const REVOKING_HELP = `  --dry-run               list what would be revoked; send no revoking request, never ask
  --yes                   revoke without asking (needed when stdin or stdout is not a terminal)
  --no-verify             do not list again afterwards to prove that nothing is left active
  --format <format>       table (default) or json (the versioned shape in the README)
  --help                  show this help

Without --yes, on a terminal, a dry run comes first: the sessions that would be revoked (provider, user,
session ids, count) are shown on stderr and you are asked y/N; anything but y or yes revokes nothing
(exit 8). Without a terminal and without --yes nothing is sent at all (exit 2). The run for real lists
again and revokes every session active then. Ctrl-C stops the requests under way (exit 130); some
sessions may be revoked by then, and running again is safe.

Exit codes of a run: 0 every session revoked and the listing afterwards shows none active (or
--no-verify, or a dry run whose listings worked); 6 some session or a whole provider was not revoked
(a dry run: a provider could not be listed); 7 all revoked, but sessions are still listed as active,
or the listing afterwards failed; 8 not confirmed. 6 wins over 7. Errors before any report (usage,
a refused credential or unknown user when listing first) have the codes of \`list\`.

${EXIT_HELP}`;

export const REVOKE_HELP = `Usage: idp-sessions revoke --provider <id> --user <id> [--session <id>] [options]

Revoke every active session of one user at one provider (or one session, --session), then list again
to prove none is left. Settings come from the environment or flags exactly as for \`idp-sessions list\`
(see \`idp-sessions list --help\`): e.g. AUTH0_DOMAIN and AUTH0_TOKEN, or --base-url and --token. The
credential must be allowed to revoke (Auth0: delete:sessions and delete:refresh_tokens; ZITADEL:
session.delete), not only to read.

Options:
  --provider <id>         ${CONTRACT_PROVIDERS.join(", ")}
  --user <id>             the user (Kratos: the identity id)
  --identity-store <id>   Huawei: the identity store id
  --session <id>          revoke only this session of the user
  --method <method>       how to revoke, where the provider has a choice: ${methodsHelp()}.
                          With --session only auth0 takes it. MonoCloud, ZITADEL and Huawei have one
                          way of revoking and take no --method.
  --concurrency <n>       revoking requests in flight at once, 1 to ${MAX_REVOKE_CONCURRENCY} (default ${DEFAULT_REVOKE_CONCURRENCY})
${REVOKING_HELP}`;

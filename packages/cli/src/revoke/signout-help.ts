import { MAX_REVOKE_CONCURRENCY } from "@idp-sessions/core";
import { REVOKING_HELP } from "./help.js";
import { methodsHelp } from "./methods.js";

export const SIGNOUT_HELP = `Usage: idp-sessions signout --person <file.json> [options]

Sign one person out everywhere: revoke every active session of the user each provider in the person
file names, at all of them at once, then list again to prove none is left. One provider failing never
stops the others.

The person file names the user at each provider by the same variables \`list\` reads (and the tenant,
unless the environment has it):

  {
    "name": "Ada Lovelace (ada@example.com)",
    "providers": {
      "auth0": { "AUTH0_DOMAIN": "acme.eu.auth0.com", "AUTH0_USER_ID": "auth0|64f1c2a9e3b7d8f0a1b2c3d4" },
      "ory-kratos": { "ORY_PROJECT_SLUG": "acme", "ORY_IDENTITY_ID": "0b8b3c1e-...", "method": "delete" }
    }
  }

"name" is optional; each provider needs its user variable (Huawei also HUAWEI_IDENTITY_STORE_ID) and may
hold its address variables and "method" (${methodsHelp()}). Credentials come from the environment
(AUTH0_TOKEN, ORY_API_KEY, ...); a file may hold them too, but the environment is the better place.
The user is taken from the file only, never from the environment. Anything else in the file is an
error naming the file and the JSON pointer of what is wrong (exit 2).

Options:
  --person <file.json>    the person file
  --concurrency <n>       revoking requests in flight at once per provider, 1 to ${MAX_REVOKE_CONCURRENCY} (default 4)
${REVOKING_HELP}`;

// Child process of the memory benchmark, plain JavaScript so that no TypeScript loader sits in the
// measured process: lists one Kratos identity's sessions from a running mock server and prints the peak RSS.
import { listNormalizedSessions } from "@idp-sessions/normalize";
import { createOryKratosClient, listSessions } from "@idp-sessions/ory-kratos";

const [baseUrl = "", token = "", identityId = "", mode = "raw"] = process.argv.slice(2);
const list = listSessions(createOryKratosClient({ baseUrl, token }), { identityId }, { pageSize: 500 });
const sessions = mode === "normalized" ? listNormalizedSessions("ory-kratos", list, { userId: identityId }) : list;
let seen = 0;
for await (const _ of sessions) seen++;
process.stdout.write(JSON.stringify({ seen, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));

import type { ProviderReport } from "../src/index.js";

/**
 * What a hostile server may put in any string a report quotes: markup of every format, a workflow command,
 * GitHub's escapes, line breaks, ESC, a bidi override, and characters XML 1.0 cannot carry.
 */
export const HOSTILE = `x</failure><b>|a|b\n::error::injected %0A,title=t:\r\u001b[31m\u202e]]>&amp;\u0000\ufffe\ud800[l](https://e.example)`;

/** Five providers, every outcome: failed with violations and drift, passed with drift, an error, skipped (required and not). */
export const REPORTS: ProviderReport[] = [
  {
    provider: "auth0",
    status: "failed",
    requests: 3,
    sessions: 2,
    operations: ["getUserSessions", "getSession"],
    violations: [
      {
        in: "body",
        pointer: "/sessions/0/id",
        message: "must be string",
        expected: "string",
        actual: "5",
        exchange: 0,
        side: "response",
        operation: "getUserSessions",
      },
      {
        in: "body",
        pointer: `/user_id`,
        message: `must match format "${HOSTILE}"`,
        expected: `pattern ${HOSTILE}`,
        actual: JSON.stringify(HOSTILE),
        operation: "getSession",
        side: "response",
        exchange: 1,
      },
      {
        pointer: "",
        in: "path",
        message: "no operation matches",
        expected: "GET /users/{id}/sessions, GET /sessions/{id}",
        actual: '"PATCH /users"',
        exchange: 2,
        side: "request",
      },
    ],
    drift: [{ pointer: `/sessions/0/${HOSTILE}`, path: `/sessions/*/${HOSTILE}` }],
  },
  {
    provider: "ory-kratos",
    status: "passed",
    requests: 2,
    sessions: 4,
    operations: ["listIdentitySessions", "getSession"],
    violations: [],
    drift: [{ pointer: "/0/risk_score", path: "/*/risk_score" }],
  },
  {
    provider: "monocloud",
    status: "failed",
    reason: `getUserSessions answered 500: ${HOSTILE}`,
    requests: 1,
    sessions: 0,
    operations: ["getUserSessions"],
    violations: [],
    drift: [],
  },
  {
    provider: "zitadel",
    status: "skipped",
    reason: "set ZITADEL_DOMAIN or ZITADEL_BASE_URL, ZITADEL_TOKEN (empty: ZITADEL_TOKEN)",
    requests: 0,
    sessions: 0,
    operations: [],
    violations: [],
    drift: [],
  },
  {
    provider: "huawei-identitycenter",
    status: "skipped",
    reason: "set HUAWEI_REGION or HUAWEI_BASE_URL, HUAWEI_ACCESS_KEY_ID",
    requests: 0,
    sessions: 0,
    operations: [],
    violations: [],
    drift: [],
  },
];

import type { ChangeClass } from "../../scripts/spec-diff/classify.ts";
import type { Edit } from "./spec-diff-repo.ts";

/** One spec edit per rule of docs/spec-diff.md, and the one change spec:diff must report for it. */
export interface Rule {
  name: string;
  edits: Edit[];
  expected: [ChangeClass, string, string][];
}

const LIST = ["paths", "/users/{user_id}/sessions", "get"];
const SEARCH = ["paths", "/users/{user_id}/sessions", "post"];
const PARAM = (i: number) => [...LIST, "parameters", i];
const SESSION = ["components", "schemas", "Session"];
const BODY = [...SEARCH, "requestBody", "content", "application/json", "schema"];
const DELETE = {
  operationId: "deleteSession",
  parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
  responses: { "204": { description: "Deleted." } },
};

export const RULES: Rule[] = [
  {
    name: "operation removed",
    edits: [[["paths", "/sessions/{id}"], undefined]],
    expected: [
      ["breaking", "base#/paths/~1sessions~1{id}/delete", 'operation DELETE /sessions/{id} ("deleteSession") removed'],
    ],
  },
  {
    name: "operation renamed (path changed)",
    edits: [
      [["paths", "/sessions/{id}"], undefined],
      [["paths", "/v2/sessions/{id}"], { delete: DELETE }],
    ],
    expected: [
      [
        "breaking",
        "head#/paths/~1v2~1sessions~1{id}/delete",
        'operation "deleteSession" renamed: DELETE /sessions/{id} → DELETE /v2/sessions/{id}',
      ],
    ],
  },
  {
    name: "operation renamed (method changed)",
    edits: [[["paths", "/sessions/{id}"], { post: DELETE }]],
    expected: [
      [
        "breaking",
        "head#/paths/~1sessions~1{id}/post",
        'operation "deleteSession" renamed: DELETE /sessions/{id} → POST /sessions/{id}',
      ],
    ],
  },
  {
    name: "parameter removed",
    edits: [[PARAM(3), undefined]],
    expected: [
      [
        "breaking",
        "base#/paths/~1users~1{user_id}~1sessions/get/parameters/3",
        "GET /users/{user_id}/sessions: parameter state (query) removed",
      ],
    ],
  },
  {
    name: "parameter renamed",
    edits: [[[...PARAM(4), "name"], "query"]],
    expected: [
      [
        "breaking",
        "head#/paths/~1users~1{user_id}~1sessions/get/parameters/4",
        "GET /users/{user_id}/sessions: parameter q (query) renamed to query (query)",
      ],
    ],
  },
  {
    name: "response property removed",
    edits: [[[...SESSION, "properties", "ip"], undefined]],
    expected: [
      [
        "breaking",
        "base#/components/schemas/Session/properties/ip",
        "GET /users/{user_id}/sessions: response 200.sessions[]: property ip removed",
      ],
    ],
  },
  {
    name: "response property renamed",
    edits: [
      [[...SESSION, "properties", "ip"], undefined],
      [[...SESSION, "properties", "ip_address"], { type: "string" }],
    ],
    expected: [
      [
        "breaking",
        "head#/components/schemas/Session/properties/ip_address",
        "GET /users/{user_id}/sessions: response 200.sessions[]: property ip renamed to ip_address",
      ],
    ],
  },
  {
    name: "type removed from a union",
    edits: [[[...PARAM(2), "schema", "type"], "string"]],
    expected: [
      [
        "breaking",
        "base#/paths/~1users~1{user_id}~1sessions/get/parameters/2/schema/type",
        'GET /users/{user_id}/sessions: parameter cursor (query): type "integer" removed',
      ],
    ],
  },
  {
    name: "request maxLength lowered",
    edits: [[[...PARAM(2), "schema", "maxLength"], 32]],
    expected: [
      [
        "breaking",
        "head#/paths/~1users~1{user_id}~1sessions/get/parameters/2/schema/maxLength",
        "GET /users/{user_id}/sessions: parameter cursor (query): maxLength 64 → 32",
      ],
    ],
  },
  {
    name: "request minimum raised",
    edits: [[[...PARAM(1), "schema", "minimum"], 10]],
    expected: [
      [
        "breaking",
        "head#/paths/~1users~1{user_id}~1sessions/get/parameters/1/schema/minimum",
        "GET /users/{user_id}/sessions: parameter limit (query): minimum 1 → 10",
      ],
    ],
  },
  {
    name: "request pattern added",
    edits: [[[...PARAM(4), "schema", "pattern"], "^[a-z]+$"]],
    expected: [
      [
        "breaking",
        "head#/paths/~1users~1{user_id}~1sessions/get/parameters/4/schema/pattern",
        'GET /users/{user_id}/sessions: parameter q (query): pattern nothing → "^[a-z]+$"',
      ],
    ],
  },
  {
    name: "request enum value removed",
    edits: [[[...PARAM(3), "schema", "enum"], ["active"]]],
    expected: [
      [
        "breaking",
        "base#/paths/~1users~1{user_id}~1sessions/get/parameters/3/schema/enum",
        'GET /users/{user_id}/sessions: parameter state (query): enum value "expired" removed',
      ],
    ],
  },
  {
    name: "request parameter made required",
    edits: [[[...PARAM(1), "required"], true]],
    expected: [
      [
        "breaking",
        "head#/paths/~1users~1{user_id}~1sessions/get/parameters/1/required",
        "GET /users/{user_id}/sessions: parameter limit (query) made required",
      ],
    ],
  },
  {
    name: "response property made optional",
    edits: [
      [
        [...SESSION, "required"],
        ["id", "status"],
      ],
    ],
    expected: [
      [
        "breaking",
        "head#/components/schemas/Session/required",
        "GET /users/{user_id}/sessions: response 200.sessions[]: property created_at made optional",
      ],
    ],
  },
  {
    name: "response property made nullable",
    edits: [
      [
        [...SESSION, "properties", "ip", "type"],
        ["string", "null"],
      ],
    ],
    expected: [
      [
        "breaking",
        "head#/components/schemas/Session/properties/ip/type",
        'GET /users/{user_id}/sessions: response 200.sessions[].ip: type "null" added (now nullable)',
      ],
    ],
  },
  {
    name: "security requirement changed",
    edits: [
      [["security"], [{ apiKey: [] }]],
      [["components", "securitySchemes", "apiKey"], { type: "apiKey", in: "header", name: "X-Key" }],
    ],
    expected: [
      ["breaking", "head#/security", 'security requirements [{"bearerAuth":[]}] → [{"apiKey":[]}] (auth change)'],
      ["additive", "head#/components/securitySchemes/apiKey", "security scheme apiKey added"],
    ],
  },
  {
    name: "security scheme changed",
    edits: [[["components", "securitySchemes", "bearerAuth", "scheme"], "basic"]],
    expected: [
      [
        "breaking",
        "head#/components/securitySchemes/bearerAuth/scheme",
        "scheme changed (no rule for it: breaking, to be safe)",
      ],
    ],
  },
  {
    name: "server URL changed",
    edits: [[["servers", 0, "url"], "https://{tenant}.acme.test/v2"]],
    expected: [
      [
        "breaking",
        "head#/servers/0/url",
        'server URL "https://{tenant}.acme.test/api" → "https://{tenant}.acme.test/v2"',
      ],
    ],
  },
  {
    name: "path-level server added",
    edits: [[["paths", "/users/{user_id}/sessions", "servers"], [{ url: "https://other.acme.test/api" }]]],
    expected: [
      ["breaking", "head#/paths/~1users~1{user_id}~1sessions/servers/0", "/users/{user_id}/sessions server 0 added"],
    ],
  },
  {
    name: "path-level summary changed",
    edits: [[["paths", "/users/{user_id}/sessions", "summary"], "A user's sessions"]],
    expected: [["documentation", "head#/paths/~1users~1{user_id}~1sessions/summary", "summary added"]],
  },
  {
    name: "server variable default changed",
    edits: [[["servers", 0, "variables", "tenant", "default"], "www"]],
    expected: [
      ["breaking", "head#/servers/0/variables/tenant/default", 'server variable tenant: default "demo" → "www"'],
    ],
  },
  {
    name: "required parameter added",
    edits: [[[...LIST, "parameters", 5], { name: "org", in: "query", required: true, schema: { type: "string" } }]],
    expected: [
      [
        "breaking",
        "head#/paths/~1users~1{user_id}~1sessions/get/parameters/5",
        "GET /users/{user_id}/sessions: required parameter org (query) added",
      ],
    ],
  },
  {
    name: "x-idp-sessions field changed",
    edits: [[[...LIST, "x-idp-sessions", "retry", "safe"], false]],
    expected: [
      [
        "breaking",
        "head#/paths/~1users~1{user_id}~1sessions/get/x-idp-sessions/retry/safe",
        "x-idp-sessions.retry.safe changed from true to false",
      ],
    ],
  },
  {
    name: "keyword without a rule changed",
    edits: [[[...PARAM(4), "style"], "form"]],
    expected: [
      [
        "breaking",
        "head#/paths/~1users~1{user_id}~1sessions/get/parameters/4/style",
        "style changed (no rule for it: breaking, to be safe)",
      ],
    ],
  },
  {
    name: "response enum value added",
    edits: [
      [
        [...SESSION, "properties", "status", "enum"],
        ["active", "expired", "revoked"],
      ],
    ],
    expected: [
      [
        "breaking",
        "head#/components/schemas/Session/properties/status/enum",
        'GET /users/{user_id}/sessions: response 200.sessions[].status: enum value "revoked" added',
      ],
    ],
  },
  {
    name: "optional parameter added",
    edits: [[[...LIST, "parameters", 5], { name: "sort", in: "query", schema: { type: "string" } }]],
    expected: [
      [
        "additive",
        "head#/paths/~1users~1{user_id}~1sessions/get/parameters/5",
        "GET /users/{user_id}/sessions: optional parameter sort (query) added",
      ],
    ],
  },
  {
    name: "optional request property added",
    edits: [[[...BODY, "properties", "sort"], { type: "string" }]],
    expected: [
      [
        "additive",
        "head#/paths/~1users~1{user_id}~1sessions/post/requestBody/content/application~1json/schema/properties/sort",
        "POST /users/{user_id}/sessions: request body: optional property sort added",
      ],
    ],
  },
  {
    name: "response property added",
    edits: [[[...SESSION, "properties", "user_agent"], { type: "string" }]],
    expected: [
      [
        "additive",
        "head#/components/schemas/Session/properties/user_agent",
        "GET /users/{user_id}/sessions: response 200.sessions[]: optional property user_agent added",
      ],
    ],
  },
  {
    name: "operation added",
    edits: [
      [
        ["paths", "/sessions/{id}", "get"],
        { ...DELETE, operationId: "getSession", responses: { "200": { description: "One." } } },
      ],
    ],
    expected: [["additive", "head#/paths/~1sessions~1{id}/get", "operation GET /sessions/{id} added"]],
  },
  {
    name: "response status added",
    edits: [[[...LIST, "responses", "404"], { description: "No such user." }]],
    expected: [
      [
        "additive",
        "head#/paths/~1users~1{user_id}~1sessions/get/responses/404",
        "GET /users/{user_id}/sessions: response 404 added",
      ],
    ],
  },
  {
    name: "request enum value added",
    edits: [
      [
        [...PARAM(3), "schema", "enum"],
        ["active", "expired", "revoked"],
      ],
    ],
    expected: [
      [
        "additive",
        "head#/paths/~1users~1{user_id}~1sessions/get/parameters/3/schema/enum",
        'GET /users/{user_id}/sessions: parameter state (query): enum value "revoked" added',
      ],
    ],
  },
  {
    name: "request maxLength raised",
    edits: [[[...BODY, "properties", "query", "maxLength"], 200]],
    expected: [
      [
        "additive",
        "head#/paths/~1users~1{user_id}~1sessions/post/requestBody/content/application~1json/schema/properties/query/maxLength",
        "POST /users/{user_id}/sessions: request body.query: maxLength 100 → 200",
      ],
    ],
  },
  {
    name: "description and summary changed",
    edits: [
      [[...LIST, "summary"], "Lists sessions"],
      [[...PARAM(1), "description"], "How many."],
    ],
    expected: [
      ["documentation", "head#/paths/~1users~1{user_id}~1sessions/get/parameters/1/description", "description changed"],
      ["documentation", "head#/paths/~1users~1{user_id}~1sessions/get/summary", "summary changed"],
    ],
  },
  {
    name: "example changed",
    edits: [[[...SESSION, "properties", "id", "example"], "s-2"]],
    expected: [["documentation", "head#/components/schemas/Session/properties/id/example", "example changed"]],
  },
  {
    name: "retry.why changed",
    edits: [[[...LIST, "x-idp-sessions", "retry", "why"], "A read: nothing changes."]],
    expected: [
      [
        "documentation",
        "head#/paths/~1users~1{user_id}~1sessions/get/x-idp-sessions/retry/why",
        "x-idp-sessions.retry.why changed",
      ],
    ],
  },
  {
    name: "Differences text changed",
    edits: [[["info", "description"], "Acme's session API.\n\n## Differences from the documentation\n\n1. **Two.**\n"]],
    expected: [["documentation", "head#/info/description", "info.description changed"]],
  },
];

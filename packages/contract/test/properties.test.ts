import { IdpSessionsError } from "@idp-sessions/core";
import { normalizeSession } from "@idp-sessions/normalize";
import { json, observedFetch } from "@idp-sessions/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ContractProvider, SPECS, type Violation, validateResponse } from "../src/index.js";
import type { JsonSchema } from "../src/openapi-document.js";
import { targetFromEnv } from "../src/target.js";
import { arbitraryFor } from "./schema-arbitrary.js";

type Body = Record<string, unknown> & unknown[];

/** The first item of a generated list (the tests only mutate bodies that have one). */
const first = (list: unknown) => (list as Body[])[0] as Body;

/** Per provider: where the sessions are, how to make a body one page, the env for a client, and mutations. */
const PROVIDERS: Record<
  ContractProvider,
  {
    sessions: (body: Body) => unknown[];
    lastPage: (body: Body) => { body: unknown; headers: Record<string, string> };
    env: Record<string, string>;
    mutations: [string, (body: Body) => void, string][];
  }
> = {
  "huawei-identitycenter": {
    sessions: (b) => (b.session_list as unknown[]) ?? [],
    lastPage: (b) => ({ body: b, headers: {} }),
    env: {
      HUAWEI_BASE_URL: "http://127.0.0.1:9",
      HUAWEI_ACCESS_KEY_ID: "AK",
      HUAWEI_SECRET_ACCESS_KEY: "SK",
      HUAWEI_IDENTITY_STORE_ID: "d",
      HUAWEI_USER_ID: "u",
    },
    mutations: [
      ["type changed", (b) => (first(b.session_list).creation_time = "soon"), "/session_list/0/creation_time"],
      ["always-present field removed", (b) => delete first(b.session_list).session_id, "/session_list/0/session_id"],
    ],
  },
  "ory-kratos": {
    sessions: (b) => b,
    lastPage: (b) => ({ body: b, headers: {} }),
    env: { ORY_KRATOS_BASE_URL: "http://127.0.0.1:9", ORY_IDENTITY_ID: "6f1c1f70-0d5a-4d1f-9a0b-2e6f6b1c2d3e" },
    mutations: [
      [
        "closed enum broken",
        (b) => ((b[0] as Body).authenticator_assurance_level = "aal9"),
        "/0/authenticator_assurance_level",
      ],
      ["always-present field removed", (b) => delete (b[0] as Body).id, "/0/id"],
      ["type changed", (b) => ((b[0] as Body).active = "yes"), "/0/active"],
    ],
  },
  monocloud: {
    sessions: (b) => b,
    lastPage: (b) => ({ body: b, headers: { "x-pagination": '{"has_next":false}' } }),
    env: { MONOCLOUD_BASE_URL: "http://127.0.0.1:9/api", MONOCLOUD_API_KEY: "k", MONOCLOUD_USER_ID: "u" },
    mutations: [
      ["type changed", (b) => ((b[0] as Body).initiated_at = "1640975400"), "/0/initiated_at"],
      ["always-present field removed", (b) => delete (b[0] as Body).session_id, "/0/session_id"],
    ],
  },
  auth0: {
    sessions: (b) => (b.sessions as unknown[]) ?? [],
    lastPage: (b) => ({ body: { ...b, next: null }, headers: {} }),
    env: { AUTH0_BASE_URL: "http://127.0.0.1:9/api/v2", AUTH0_TOKEN: "t", AUTH0_USER_ID: "u" },
    mutations: [
      ["closed enum broken", (b) => (first(b.sessions).cookie = { mode: "forever" }), "/sessions/0/cookie/mode"],
      ["type changed", (b) => (first(b.sessions).user_id = 42), "/sessions/0/user_id"],
    ],
  },
  zitadel: {
    sessions: (b) => (b.sessions as unknown[]) ?? [],
    lastPage: (b) => ({
      body: {
        ...b,
        details: { ...(b.details as object), totalResult: String(((b.sessions as unknown[]) ?? []).length) },
      },
      headers: {},
    }),
    env: { ZITADEL_BASE_URL: "http://127.0.0.1:9", ZITADEL_TOKEN: "t", ZITADEL_USER_ID: "u" },
    mutations: [
      ["type changed", (b) => (first(b.sessions).creationDate = 5), "/sessions/0/creationDate"],
      ["uint64 broken", (b) => (first(b.sessions).sequence = "-1"), "/sessions/0/sequence"],
    ],
  },
};

const pointers = (violations: Violation[]) => violations.filter((v) => v.in === "body").map((v) => v.pointer);

describe.each(Object.keys(PROVIDERS) as ContractProvider[])(
  "%s: random responses generated from the spec",
  (provider) => {
    const doc = SPECS[provider];
    const op = Object.values(Object.values(doc.paths)[0] ?? {})[0];
    const schema = op?.responses["200"]?.content?.["application/json"]?.schema as JsonSchema;
    const bodies = arbitraryFor(doc, schema) as fc.Arbitrary<Body>;
    const c = PROVIDERS[provider];

    it("validate, and pass through the real client and normalize without error", async () => {
      await fc.assert(
        fc.asyncProperty(bodies, async (body) => {
          const page = c.lastPage(body);
          expect(validateResponse(provider, { status: 200, headers: page.headers, body })).toEqual([]);
          const target = targetFromEnv(provider, c.env);
          if (!target) throw new Error("no target");
          const list = target.list(observedFetch(() => json(page.body, { headers: page.headers })));
          const listed = await list.collect();
          // A session the page lists twice (same id) is yielded once and counted, never silently dropped.
          const sent = c.sessions(body);
          expect(listed.length + list.skippedDuplicates).toBe(sent.length);
          expect(isSubsequence(listed, sent)).toBe(true);
          for (const raw of listed) normalizeSession(provider, raw as never);
        }),
        { numRuns: 150 },
      );
    });

    it.each(c.mutations)(
      "mutated (%s) are rejected at %s, and the client never crashes",
      async (_name, mutate, pointer) => {
        await fc.assert(
          fc.asyncProperty(
            bodies.filter((b) => c.sessions(b).length > 0),
            async (valid) => {
              const body = structuredClone(valid);
              mutate(body);
              expect(pointers(validateResponse(provider, { status: 200, body }))).toContain(pointer);
              const page = c.lastPage(body);
              const target = targetFromEnv(provider, c.env);
              try {
                await target?.list(observedFetch(() => json(page.body, { headers: page.headers }))).collect();
              } catch (error) {
                expect(error).toBeInstanceOf(IdpSessionsError);
              }
            },
          ),
          { numRuns: 60 },
        );
      },
    );
  },
);

/** Whether `part` is `whole` with some items left out, in the same order. */
function isSubsequence(part: readonly unknown[], whole: readonly unknown[]): boolean {
  let i = 0;
  for (const item of whole) if (i < part.length && JSON.stringify(part[i]) === JSON.stringify(item)) i++;
  return i === part.length;
}

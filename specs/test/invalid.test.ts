import { describe, expect, it } from "vitest";
import { at, compileAt, createSpecAjv, loadSpec, type ProviderId, violations } from "./spec-validator.ts";

type Json = Record<string, unknown> & Record<number, unknown>;
type Mutation = [name: string, mutate: (valid: Json) => unknown, pointer: string];

const ok = (path: string, method = "get") =>
  `#/paths/${path.replace(/~/g, "~0").replace(/\//g, "~1")}/${method}/responses/200/content/application~1json`;

/** The 200 body schema and the documentation example of each spec, and hand-made invalid variants. */
const CASES: Record<ProviderId, { media: string; mutations: Mutation[] }> = {
  "huawei-identitycenter": {
    media: ok("/v1/identity-stores/{identity_store_id}/users/{user_id}/sessions"),
    mutations: [
      ["wrong top-level shape (array)", (v) => v.session_list, ""],
      ["session_list is not an array", (v) => ({ ...v, session_list: "none" }), "/session_list"],
      [
        "creation_time is a string",
        (v) => set(v, ["session_list", 0, "creation_time"], "1753858567"),
        "/session_list/0/creation_time",
      ],
      [
        "always-present session_id missing",
        (v) => del(v, ["session_list", 0], "session_id"),
        "/session_list/0/session_id",
      ],
      ["ip_address is a number", (v) => set(v, ["session_list", 0, "ip_address"], 42), "/session_list/0/ip_address"],
    ],
  },
  "ory-kratos": {
    media: ok("/admin/identities/{id}/sessions"),
    mutations: [
      ["wrong top-level shape (object)", (v) => ({ sessions: v }), ""],
      ["always-present id missing", (v) => del(v, [0], "id"), "/0/id"],
      [
        "closed enum: aal4",
        (v) => set(v, [0, "authenticator_assurance_level"], "aal4"),
        "/0/authenticator_assurance_level",
      ],
      ["active is a string", (v) => set(v, [0, "active"], "true"), "/0/active"],
      ["device id is not a uuid", (v) => set(v, [0, "devices", 0, "id"], "device-1"), "/0/devices/0/id"],
      ["expires_at is not RFC 3339", (v) => set(v, [0, "expires_at"], "tomorrow"), "/0/expires_at"],
      ["identity missing", (v) => del(v, [0], "identity"), "/0/identity"],
    ],
  },
  monocloud: {
    media: ok("/users/{user_id}/sessions"),
    mutations: [
      ["wrong top-level shape (object)", (v) => ({ items: v }), ""],
      ["initiated_at is a string", (v) => set(v, [0, "initiated_at"], "1640975400"), "/0/initiated_at"],
      ["always-present session_id missing", (v) => del(v, [0], "session_id"), "/0/session_id"],
      ["latitude is a number", (v) => set(v, [0, "last_metadata", "latitude"], 34.04), "/0/last_metadata/latitude"],
      ["client_ids holds a number", (v) => set(v, [0, "client_ids", 0], 7), "/0/client_ids/0"],
    ],
  },
  auth0: {
    media: ok("/users/{user_id}/sessions"),
    mutations: [
      ["wrong top-level shape (array)", (v) => v.sessions, ""],
      ["sessions is not an array", (v) => ({ ...v, sessions: {} }), "/sessions"],
      [
        "closed enum: cookie mode",
        (v) => set(v, ["sessions", 0, "cookie", "mode"], "session"),
        "/sessions/0/cookie/mode",
      ],
      ["created_at is a number", (v) => set(v, ["sessions", 0, "created_at"], 1699334916), "/sessions/0/created_at"],
      ["next is a number", (v) => ({ ...v, next: 5 }), "/next"],
      [
        "initial_ip is a number",
        (v) => set(v, ["sessions", 0, "device", "initial_ip"], 1),
        "/sessions/0/device/initial_ip",
      ],
    ],
  },
  zitadel: {
    media: ok("/v2/sessions/search", "post"),
    mutations: [
      ["wrong top-level shape (array)", (v) => v.sessions, ""],
      ["totalResult is a negative string", (v) => set(v, ["details", "totalResult"], "-1"), "/details/totalResult"],
      ["sessions is an object", (v) => ({ ...v, sessions: {} }), "/sessions"],
      ["sequence is a fraction", (v) => set(v, ["sessions", 0, "sequence"], 1.5), "/sessions/0/sequence"],
      [
        "creationDate is not RFC 3339",
        (v) => set(v, ["sessions", 0, "creationDate"], "yesterday"),
        "/sessions/0/creationDate",
      ],
      ["metadata value is a number", (v) => set(v, ["sessions", 0, "metadata", "k"], 5), "/sessions/0/metadata/k"],
    ],
  },
};

function set(value: Json, path: (string | number)[], leaf: unknown): Json {
  const copy = structuredClone(value);
  const parent = path.slice(0, -1).reduce<Json>((node, key) => node[key] as Json, copy);
  parent[path[path.length - 1] as string] = leaf;
  return copy;
}

function del(value: Json, path: (string | number)[], key: string): Json {
  const copy = structuredClone(value);
  delete path.reduce<Json>((node, k) => node[k] as Json, copy)[key];
  return copy;
}

describe.each(Object.entries(CASES) as [ProviderId, (typeof CASES)[ProviderId]][])(
  "%s: invalid responses",
  (provider, c) => {
    const doc = loadSpec(provider);
    const validate = compileAt(createSpecAjv(provider, doc), `${c.media}/schema`);
    const valid = at(doc, `${c.media}/examples/documentation/value`) as Json;

    it("accepts the documentation example and unknown extra fields (the services add fields)", () => {
      expect(validate(valid)).toBe(true);
      const extra = Array.isArray(valid) ? [{ ...valid[0], added_later: 1 }] : { ...valid, added_later: 1 };
      expect(validate(extra), JSON.stringify(validate.errors)).toBe(true);
    });

    it.each(c.mutations)("rejects %s, naming %j", (_name, mutate, pointer) => {
      const invalid = mutate(valid as Json);
      expect(validate(invalid)).toBe(false);
      expect(violations(validate.errors).map((v) => v.pointer)).toContain(pointer);
    });
  },
);

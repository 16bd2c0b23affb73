import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { at, compileAt, createSpecAjv, loadSpec, violations } from "./spec-validator.ts";

/**
 * Kratos' spec against Ory's own definitions: `spec/api.json` and the server code of ory/kratos v26.2.0
 * (its vendored ory/x pagination, herodot v0.10.8's error texts) and Ory Network's spec (ory/sdk
 * `spec/client/v1.22.65.json`): the fields Ory's specs add, the `Link` header Kratos writes, the error
 * examples and the headers.
 */
type Json = Record<string, unknown>;
interface Fixture {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const doc = loadSpec("ory-kratos");
const spec = createSpecAjv("ory-kratos", doc);
const op = "#/paths/~1admin~1identities~1{id}~1sessions/get";
const page = compileAt(spec, `${op}/responses/200/content/application~1json/schema`);
const fixtureDir = new URL("../fixtures/ory-kratos/", import.meta.url);
const fixture = (name: string) => JSON.parse(readFileSync(new URL(name, fixtureDir), "utf8")) as Fixture;
const network = fixture("ory-network-fields.json").body as Json[];

function set(value: unknown, path: (string | number)[], leaf: unknown): unknown {
  const copy = structuredClone(value) as Json;
  const parent = path.slice(0, -1).reduce<Json>((node, key) => node[key] as Json, copy);
  parent[path.at(-1) as string] = leaf;
  return copy;
}

function pointers(value: unknown): string[] {
  expect(page(value)).toBe(false);
  return violations(page.errors).map((v) => v.pointer);
}

describe("ory-kratos: the fields of Ory's specs", () => {
  it("a page with external_id and Ory Network's additions validates", () => {
    expect(page(network), JSON.stringify(page.errors)).toBe(true);
  });

  it("external_id may be absent (Kratos omits it when unset)", () => {
    const without = set(network, [0, "identity", "external_id"], undefined) as Json[];
    expect(JSON.stringify(without)).not.toContain("external_id");
    expect(page(JSON.parse(JSON.stringify(without)))).toBe(true);
  });

  it.each([
    ["external_id is a number", [0, "identity", "external_id"], 42, "/0/identity/external_id"],
    [
      "external_id is null (omitempty: never sent as null)",
      [0, "identity", "external_id"],
      null,
      "/0/identity/external_id",
    ],
    ["region is not one of Ory's regions", [0, "identity", "region"], "mars", "/0/identity/region"],
    ["region is empty (omitempty: never sent empty)", [0, "identity", "region"], "", "/0/identity/region"],
    [
      "upstream_acr is a number",
      [0, "authentication_methods", 0, "upstream_acr"],
      2,
      "/0/authentication_methods/0/upstream_acr",
    ],
    [
      "upstream_amr is a string",
      [0, "authentication_methods", 0, "upstream_amr"],
      "pwd",
      "/0/authentication_methods/0/upstream_amr",
    ],
    [
      "upstream_amr holds a number",
      [0, "authentication_methods", 0, "upstream_amr", 1],
      7,
      "/0/authentication_methods/0/upstream_amr/1",
    ],
    [
      "break_glass_for_organization is not a UUID",
      [0, "identity", "recovery_addresses", 0, "break_glass_for_organization"],
      "org-1",
      "/0/identity/recovery_addresses/0/break_glass_for_organization",
    ],
  ])("refuses a page where %s", (_name, path, leaf, pointer) => {
    expect(pointers(set(network, path as (string | number)[], leaf))).toContain(pointer);
  });

  it("region is Ory Network's enum, in the order of ory/x region.All()", () => {
    expect(at(doc, "#/components/schemas/IdentityRegion/enum")).toEqual([
      "eu-central",
      "asia-northeast",
      "us-east",
      "us-west",
      "eu",
      "asia",
      "us",
      "global",
    ]);
  });

  it("break_glass_for_organization is a NullUUID: null is accepted", () => {
    const nulled = set(network, [0, "identity", "recovery_addresses", 0, "break_glass_for_organization"], null);
    expect(page(nulled)).toBe(true);
  });
});

describe("ory-kratos: the Link header as ory/x pagination.HeaderWithFormatter writes it", () => {
  const rels = (link: string) => [...link.matchAll(/rel="([^"]+)"/g)].map((m) => m[1]);
  const urls = (link: string) =>
    [...link.matchAll(/<([^>]+)>/g)].map((m) => new URL(m[1] ?? "", "http://kratos.invalid").searchParams);

  it.each([
    ["empty.json", ["first", "next", "prev"], "0"],
    ["first-page.json", ["next", "last"], "5"],
    ["middle-page.json", ["first", "next", "prev", "last"], "5"],
    ["last-page.json", ["first", "prev"], "5"],
    ["single-page.json", ["first"], "1"],
  ])("%s links %j", (name, expected, total) => {
    const { headers } = fixture(name);
    expect(rels(headers.link ?? "")).toEqual(expected);
    expect(headers["x-total-count"]).toBe(total);
  });

  it('an empty listing still links rel="next" (its prev has a negative offset)', () => {
    const [first, next, prev] = urls(fixture("empty.json").headers.link ?? "");
    const offset = (q: URLSearchParams | undefined) =>
      JSON.parse(Buffer.from(q?.get("page_token") ?? "", "base64url").toString("utf8")) as Json;
    expect([first, next, prev].map(offset)).toEqual([
      { offset: "0", v: 2 },
      { offset: "250", v: 2 },
      { offset: "-250", v: 2 },
    ]);
    expect([first, next, prev].map((q) => q?.get("page"))).toEqual(["0", "1", "-1"]);
  });

  it("every link URL carries page, page_size, page_token and per_page, keys sorted as Go encodes them", () => {
    const files = readdirSync(fixtureDir).filter((f) => f.endsWith(".json"));
    const links = files.map((f) => fixture(f).headers.link).filter((l): l is string => typeof l === "string");
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const link of links) {
      for (const q of urls(link)) expect([...q.keys()]).toEqual(["page", "page_size", "page_token", "per_page"]);
    }
    const example = at(doc, `${op}/responses/200/headers/Link/example`) as string;
    expect(rels(example)).toEqual(["next", "last"]);
    for (const q of urls(example)) expect([...q.keys()]).toEqual(["page", "page_size", "page_token", "per_page"]);
  });

  it("the spec says so where a client reads it", () => {
    expect(at(doc, `${op}/responses/200/headers/Link/description`)).toMatch(
      /no sessions has\s+`first`, `next` and `prev`/,
    );
    expect(at(doc, `${op}/description`)).toMatch(/an empty page ends the listing/);
  });
});

describe("ory-kratos: error examples as Kratos v26.2.0 and herodot v0.10.8 write them", () => {
  const STATUS: Record<string, string> = {
    "400": "Bad Request",
    "401": "Unauthorized",
    "403": "Forbidden",
    "404": "Not Found",
    "429": "Too Many Requests",
    "500": "Internal Server Error",
  };
  const responses = at(doc, `${op}/responses`) as Record<string, Json>;
  const examples = (status: string) =>
    Object.values(
      (at(doc, `${op}/responses/${status}/content/application~1json/examples`) as Record<string, { value: Json }>) ??
        {},
    ).map((e) => (e.value.error ?? {}) as Json);

  it("every error example and fixture has code and status of its HTTP status, and a message", () => {
    const fixtures = readdirSync(fixtureDir)
      .map((f) => fixture(f))
      .filter((f) => f.status >= 400);
    const bodies: [string, Json][] = [
      ...Object.keys(STATUS).flatMap((s) => examples(s).map((e) => [s, e] as [string, Json])),
      ...fixtures.map((f) => [String(f.status), (f.body as { error: Json }).error] as [string, Json]),
    ];
    expect(bodies.length).toBe(14);
    for (const [status, error] of bodies) {
      expect(error.code, status).toBe(Number(status));
      expect(error.status, status).toBe(STATUS[status]);
      expect(typeof error.message, status).toBe("string");
    }
  });

  it("a bad active is 'could not parse parameter active' in message, with no reason", () => {
    const [badActive, badId] = examples("400");
    expect(badActive).toEqual({ code: 400, status: "Bad Request", message: "could not parse parameter active" });
    expect(badId?.message).toBe('uuid: incorrect UUID length 10 in string "not-a-uuid"');
    for (const name of ["error-400.json", "error-400-active.json"]) {
      expect((fixture(name).body as { error: Json }).error).not.toHaveProperty("reason");
    }
  });

  it("the herodot and sqlcon texts: 401, 403, 404 (no id), 500", () => {
    expect(examples("401")[0]?.message).toBe("The request could not be authorized");
    expect(examples("403")[0]?.message).toBe("The requested action was forbidden");
    expect(examples("404")[0]).toEqual({ code: 404, status: "Not Found", message: "Unable to locate the resource" });
    expect(examples("500")[0]?.message).toBe(
      "An internal server error occurred, please contact the system administrator",
    );
  });

  it("declares no X-Request-Id response header: the request id is the body's error.request", () => {
    for (const [status, response] of Object.entries(responses)) {
      const names = Object.keys((response.headers as Json | undefined) ?? {}).map((h) => h.toLowerCase());
      expect(names, status).not.toContain("x-request-id");
    }
    expect(at(doc, "#/components/schemas/GenericError/properties/request/type")).toBe("string");
  });
});

describe("ory-kratos: Ory Network's rate-limit headers", () => {
  const header = (name: string) => compileAt(spec, `${op}/responses/429/headers/${name}/schema`);

  it("x-ratelimit-limit is the list Ory's docs show, a string", () => {
    expect(header("x-ratelimit-limit")("10, 10;w=1, 300;w=60")).toBe(true);
    expect(at(doc, `${op}/responses/429/headers/x-ratelimit-limit/schema/type`)).toBe("string");
  });

  it("x-ratelimit-remaining and x-ratelimit-reset are integers", () => {
    for (const name of ["x-ratelimit-remaining", "x-ratelimit-reset"]) {
      const validate = header(name);
      expect(validate(8)).toBe(true);
      expect(validate("soon")).toBe(false);
      expect(violations(validate.errors)[0]?.pointer).toBe("");
    }
  });
});

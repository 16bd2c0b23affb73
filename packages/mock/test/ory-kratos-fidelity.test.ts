import { createOryKratosClient, listSessions } from "@idp-sessions/ory-kratos";
import { afterAll, describe, expect, it } from "vitest";
import { type RevokeFaults, startMockServers } from "../src/index.js";
import { ownServer } from "./own-server.js";
import { specResponse } from "./spec-response.js";

/**
 * The Kratos mock against Kratos v26.2.0's server code: the `Link` header of ory/x
 * pagination.HeaderWithFormatter with migrationpagination's URLs, the tolerant pagination parsing, the
 * herodot error bodies of session/handler.go, and the fields Ory's specs add. Everything over a real socket.
 */
const start = (sessionsPerUser: number, kratosAuth = true) =>
  startMockServers({ seed: 3, usersPerProvider: 2, sessionsPerUser, providers: ["ory-kratos"], kratosAuth });
const [none, five, many, selfHosted] = await Promise.all([start(0), start(5), start(37), start(3, false)]);
afterAll(() => Promise.all([none, five, many, selfHosted].map((m) => m.close())));

const kratos = (m: typeof none) => m.providers["ory-kratos"];
const identity = (m: typeof none, user = 0) => kratos(m).users[user]?.userId ?? "";
const get = (m: typeof none, path: string, headers: Record<string, string> = {}) =>
  fetch(`${kratos(m).baseUrl}${path}`, {
    headers: { authorization: `Bearer ${kratos(m).credentials.token ?? ""}`, ...headers },
  });
const sessionsPath = (m: typeof none, query = "") => `/admin/identities/${identity(m)}/sessions${query}`;

// Tokens as ory/x tokenpagination.Encode writes them: base64url of {"offset":"N","v":2}.
const TOKEN: Record<number, string> = {
  [-250]: "eyJvZmZzZXQiOiItMjUwIiwidiI6Mn0",
  0: "eyJvZmZzZXQiOiIwIiwidiI6Mn0",
  2: "eyJvZmZzZXQiOiIyIiwidiI6Mn0",
  4: "eyJvZmZzZXQiOiI0IiwidiI6Mn0",
  250: "eyJvZmZzZXQiOiIyNTAiLCJ2IjoyfQ",
};
const link = (path: string, rel: string, size: number, offset: number, extra = "") =>
  `<${path}?${extra}page=${Math.trunc(offset / size)}&page_size=${size}&page_token=${TOKEN[offset]}&per_page=${size}>; rel="${rel}"`;

describe("an identity without sessions: Kratos links first, next and prev", () => {
  it("the Link header is exactly HeaderWithFormatter's for total 0", async () => {
    const response = await get(none, sessionsPath(none, "?page_size=250"));
    const path = sessionsPath(none);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
    expect(response.headers.get("x-total-count")).toBe("0");
    expect(response.headers.get("link")).toBe(
      [link(path, "first", 250, 0), link(path, "next", 250, 250), link(path, "prev", 250, -250)].join(","),
    );
    // Following next gives the same answer again, one page further on: it never ends by itself.
    const next = await get(none, sessionsPath(none, `?page_size=250&page_token=${TOKEN[250]}`));
    expect(await next.json()).toEqual([]);
    expect(next.headers.get("link")).toContain('rel="next"');
  });

  it("the query the client sent stays in every link (sorted, as Go's url.Values.Encode writes it)", async () => {
    const response = await get(none, sessionsPath(none, "?page_size=250&active=true"));
    expect(response.headers.get("link")?.split(",")[0]).toBe(link(sessionsPath(none), "first", 250, 0, "active=true&"));
  });

  it("listSessions returns an empty list after one request: an empty page ends the listing", async () => {
    let requests = 0;
    const client = createOryKratosClient({
      baseUrl: kratos(none).baseUrl,
      token: kratos(none).credentials.token,
      fetch: (request: Request) => {
        requests++;
        return fetch(request);
      },
    });
    const pages = [];
    for await (const page of listSessions(client, { identityId: identity(none) }).pages()) pages.push(page);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.items).toEqual([]);
    expect(pages[0]?.response.headers.get("link")).toContain('rel="next"');
    expect(await listSessions(client, { identityId: identity(none), active: true }).collect()).toEqual([]);
    expect(requests).toBe(2);
  });
});

describe("the other Link shapes of HeaderWithFormatter", () => {
  const path = () => sessionsPath(five);
  it.each([
    ["the first of three pages: next and last, no first", "?page_size=2", 2, ["next", 2, 2], ["last", 2, 4]],
    [
      "a middle page: first, next, prev, last",
      `?page_size=2&page_token=${TOKEN[2]}`,
      2,
      ["first", 2, 0],
      ["next", 2, 4],
      ["prev", 2, 0],
      ["last", 2, 4],
    ],
    ["the last page: first and prev", `?page_size=2&page_token=${TOKEN[4]}`, 1, ["first", 2, 0], ["prev", 2, 2]],
    ["a single page: only first, its page_size the total", "?page_size=250", 5, ["first", 5, 0]],
  ] as [string, string, number, ...[string, number, number][]][])("%s", async (_name, query, count, ...links) => {
    const response = await get(five, sessionsPath(five, query));
    expect(((await response.json()) as unknown[]).length).toBe(count);
    expect(response.headers.get("x-total-count")).toBe("5");
    expect(response.headers.get("link")).toBe(
      links.map(([rel, size, offset]) => link(path(), rel, size, offset)).join(","),
    );
  });

  it("the legacy page/per_page parameters page the same way", async () => {
    const response = await get(five, sessionsPath(five, "?page=1&per_page=2"));
    expect(((await response.json()) as unknown[]).length).toBe(2);
    expect(response.headers.get("link")?.split(",")).toHaveLength(4);
  });

  it("unreadable values are not refused: a bad token is the first page, a bad page_size 250", async () => {
    const badToken = await get(five, sessionsPath(five, "?page_size=2&page_token=%%%"));
    expect(badToken.status).toBe(200);
    expect(badToken.headers.get("link")).toBe(`${link(path(), "next", 2, 2)},${link(path(), "last", 2, 4)}`);
    const badSize = await get(five, sessionsPath(five, "?page_size=lots"));
    expect(badSize.status).toBe(200);
    expect(badSize.headers.get("link")).toBe(link(path(), "first", 5, 0));
  });

  it("the real client lists every session, page by page, each once", async () => {
    const client = createOryKratosClient({ baseUrl: kratos(many).baseUrl, token: kratos(many).credentials.token });
    const sessions = await listSessions(client, { identityId: identity(many) }, { pageSize: 10 }).collect();
    expect(new Set(sessions.map((s) => s.id)).size).toBe(37);
  });
});

describe("errors as session/handler.go and herodot write them", () => {
  it("a bad active: 'could not parse parameter active' in message, no reason", async () => {
    const response = await get(five, sessionsPath(five, "?active=yes"));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 400, status: "Bad Request", message: "could not parse parameter active" },
    });
  });

  it.each(["1", "T", "TRUE", "0", "f", "False", ""])(
    "active=%j is what Go's strconv.ParseBool takes",
    async (value) => {
      expect((await get(five, sessionsPath(five, `?active=${value}`))).status).toBe(200);
    },
  );

  it.each([
    ["not-a-uuid", 'uuid: incorrect UUID length 10 in string "not-a-uuid"'],
    [
      "6f1c1f70x0d5a-4d1f-9a0b-2e6f6b1c2d3e",
      'uuid: incorrect UUID format in string "6f1c1f70x0d5a-4d1f-9a0b-2e6f6b1c2d3e"',
    ],
    ["zf1c1f70-0d5a-4d1f-9a0b-2e6f6b1c2d3e", "uuid: invalid UUID format"],
  ])("a bad id %j: gofrs/uuid's error is the message", async (id, message) => {
    const response = await get(five, `/admin/identities/${id}/sessions`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 400, status: "Bad Request", message } });
  });

  it("the other UUID forms gofrs/uuid reads are the same identity", async () => {
    const id = identity(five);
    for (const form of [id.replace(/-/g, ""), `{${id}}`, `urn:uuid:${id}`, id.toUpperCase()]) {
      const response = await get(five, `/admin/identities/${encodeURIComponent(form)}/sessions`);
      expect(response.status, form).toBe(200);
    }
  });

  it("the request's X-Request-ID comes back as error.request; no X-Request-Id response header", async () => {
    const response = await get(five, sessionsPath(five, "?active=maybe"), { "x-request-id": "req-42" });
    expect(((await response.json()) as { error: { request?: string } }).error.request).toBe("req-42");
    expect(response.headers.has("x-request-id")).toBe(false);
    const ok = await get(five, sessionsPath(five), { "x-request-id": "req-43" });
    expect(ok.headers.has("x-request-id")).toBe(false);
  });
});

describe("the fields Ory's specs add", () => {
  type Body = { identity: { external_id?: string; region?: string } }[];
  it("external_id is sent only when set", async () => {
    const withId = (await (await get(five, sessionsPath(five))).json()) as Body;
    const withoutId = (await (await get(five, `/admin/identities/${identity(five, 1)}/sessions`)).json()) as Body;
    expect(withId[0]?.identity.external_id).toBe("crm-0000");
    expect(withoutId[0]?.identity).not.toHaveProperty("external_id");
  });

  it("region on Ory Network, none on a self-hosted Kratos", async () => {
    const network = (await (await get(five, sessionsPath(five))).json()) as Body;
    const own = (await (await get(selfHosted, sessionsPath(selfHosted))).json()) as Body;
    expect(network[0]?.identity.region).toBe("eu-central");
    expect(own[0]?.identity).not.toHaveProperty("region");
  });
});

async function project(revokeFaults: RevokeFaults = {}) {
  const server = await ownServer("ory-kratos", revokeFaults, { sessionsPerUser: 20 });
  const identityId = server.users[0]?.userId ?? "";
  const call = (method: string, path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${server.credentials.token}`, ...headers },
    });
  const listed = async (query = "", identity = identityId) => {
    const response = await call("GET", `/admin/identities/${identity}/sessions${query}`);
    return (await specResponse("ory-kratos", "listIdentitySessions", response)) as { id: string; active: boolean }[];
  };
  const active = (await listed("?active=true")).map((s) => s.id);
  expect(active.length).toBeGreaterThan(1);
  return { server, identityId, call, listed, active };
}

describe("the kratos mock's getSession, disableSession and deleteIdentitySessions (issue 16)", () => {
  it("getSession: identity null and devices [] unless expanded (case-insensitive); 400 for another expand", async () => {
    const { call, active, identityId } = await project();
    const plain = await specResponse("ory-kratos", "getSession", await call("GET", `/admin/sessions/${active[0]}`));
    expect(plain).toMatchObject({ id: active[0], active: true, identity: null, devices: [] });
    const expanded = (await specResponse(
      "ory-kratos",
      "getSession",
      await call("GET", `/admin/sessions/${active[0]}?expand=Identity&expand=devices`),
    )) as { identity: Record<string, unknown>; devices: unknown[] };
    expect(expanded.identity.id).toBe(identityId);
    expect(expanded.identity).not.toHaveProperty("metadata_admin");
    expect(expanded.devices).toHaveLength(1);
    const bad = await call("GET", `/admin/sessions/${active[0]}?expand=foo`);
    expect(await specResponse("ory-kratos", "getSession", bad)).toEqual({
      error: {
        code: 400,
        status: "Bad Request",
        reason: "Could not parse expand option: foo",
        message: "The request was malformed or contained invalid parameters",
      },
    });
  });

  it("disableSession: 204, the session kept but inactive (active=false lists it, active=true not), 204 again", async () => {
    const { call, listed, active } = await project();
    const [id = ""] = active;
    for (let i = 0; i < 2; i++) {
      const response = await call("DELETE", `/admin/sessions/${id}`);
      expect(response.status).toBe(204);
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(response.headers.get("x-ratelimit-limit")).toBe("10, 10;w=1, 300;w=60");
      await specResponse("ory-kratos", "disableSession", response);
    }
    expect((await listed("?active=true")).map((s) => s.id)).toEqual(active.slice(1));
    expect(await listed("?active=false")).toContainEqual(expect.objectContaining({ id, active: false }));
    const found = await specResponse("ory-kratos", "getSession", await call("GET", `/admin/sessions/${id}`));
    expect(found).toMatchObject({ id, active: false });
  });

  it("deleteIdentitySessions: 204 and gone from listing, GET and disable (404); 404 again and for an unknown identity", async () => {
    const { server, call, listed, active, identityId } = await project();
    const other = server.users[1]?.userId ?? "";
    const response = await call("DELETE", `/admin/identities/${identityId}/sessions`);
    expect(response.status).toBe(204);
    expect(response.headers.get("content-type")).toBeNull();
    await specResponse("ory-kratos", "deleteIdentitySessions", response);
    expect(await listed()).toEqual([]);
    expect(await listed("", other)).toHaveLength(20);
    for (const [operation, method, path] of [
      ["getSession", "GET", `/admin/sessions/${active[0]}`],
      ["disableSession", "DELETE", `/admin/sessions/${active[0]}`],
      ["deleteIdentitySessions", "DELETE", `/admin/identities/${identityId}/sessions`],
      ["deleteIdentitySessions", "DELETE", "/admin/identities/00000000-0000-4000-8000-000000000000/sessions"],
    ] as const) {
      const gone = await call(method, path);
      expect(await specResponse("ory-kratos", operation, gone)).toEqual({
        error: { code: 404, status: "Not Found", message: "Unable to locate the resource" },
      });
    }
  });

  it("a bad id is gofrs/uuid's 400 and a wrong key a 401 on the new routes too", async () => {
    const { call, active } = await project();
    const bad = await call("DELETE", "/admin/sessions/abc");
    expect(await specResponse("ory-kratos", "disableSession", bad)).toEqual({
      error: { code: 400, status: "Bad Request", message: 'uuid: incorrect UUID length 3 in string "abc"' },
    });
    const wrongKey = await call("GET", `/admin/sessions/${active[0]}`, { authorization: "Bearer wrong" });
    expect(await specResponse("ory-kratos", "getSession", wrongKey)).toMatchObject({ error: { code: 401 } });
  });
});

describe("the kratos mock's revoke faults", () => {
  it("a failing session answers its status every time and stays active; the delete-all covering it fails whole", async () => {
    const { server, call, listed, active, identityId } = await project();
    server.setRevokeFaults({ failing: { [active[0] ?? ""]: 500 } });
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await call("DELETE", `/admin/sessions/${active[0]}`);
      expect(await specResponse("ory-kratos", "disableSession", response)).toMatchObject({ error: { code: 500 } });
    }
    const all = await call("DELETE", `/admin/identities/${identityId}/sessions`);
    expect(await specResponse("ory-kratos", "deleteIdentitySessions", all)).toMatchObject({ error: { code: 500 } });
    expect((await listed("?active=true")).map((s) => s.id)).toEqual(active);
  });

  it("a survivor is answered 204 but stays active, and outlives the delete-all", async () => {
    const first = await project();
    const survivor = first.active[1] ?? "";
    const { call, listed, identityId } = await project({ survivors: [survivor] });
    expect((await call("DELETE", `/admin/sessions/${survivor}`)).status).toBe(204);
    expect((await listed("?active=true")).map((s) => s.id)).toContain(survivor);
    expect((await call("DELETE", `/admin/identities/${identityId}/sessions`)).status).toBe(204);
    expect((await listed()).map((s) => s.id)).toEqual([survivor]);
  });

  it("the x-mock-fault header works on the new routes", async () => {
    const { call, active } = await project();
    const response = await call("DELETE", `/admin/sessions/${active[0]}`, { "x-mock-fault": "503" });
    expect(response.status).toBe(503);
    expect((await call("GET", `/admin/sessions/${active[0]}`)).status).toBe(200);
  });
});

import { createOryKratosClient, listSessions } from "@idp-sessions/ory-kratos";
import { afterAll, describe, expect, it } from "vitest";
import { startMockServers } from "../src/index.js";

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

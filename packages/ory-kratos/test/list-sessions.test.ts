import { json, observedFetch } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import {
  BadRequestError,
  createOryKratosClient,
  NotFoundError,
  type OryKratosSession,
  PaginationError,
  ResponseValidationError,
} from "../src/index.js";
import { listSessions } from "../src/list-sessions.js";

const IDENTITY = "6f1c1f70-0d5a-4d1f-9a0b-2e6f6b1c2d3e";
const session = (id: string) => ({ id, active: true }) as OryKratosSession;
const link = (entries: [string, string][]) =>
  entries
    .map(
      ([token, rel]) =>
        `</admin/identities/${IDENTITY}/sessions?page_size=2&page_token=${encodeURIComponent(token)}>; rel="${rel}"`,
    )
    .join(",");

function clientWith(handler: Parameters<typeof observedFetch>[0], token: string | undefined = "ory_pat_TESTSECRET123") {
  const fetch = observedFetch(handler);
  return { fetch, client: createOryKratosClient({ projectSlug: "my-proj", token, fetch, maxRetries: 0 }) };
}

describe("ory-kratos listSessions", () => {
  it("follows the Link header's rel=next page_token, opaque, until there is none", async () => {
    const pages: Record<string, [OryKratosSession[], string]> = {
      "": [
        [session("a"), session("b")],
        link([
          ["first", "first"],
          ["t/2+", "next"],
          ["t3", "last"],
        ]),
      ],
      "t/2+": [
        [session("c"), session("d")],
        link([
          ["first", "first"],
          ["t3", "next"],
          ["first", "prev"],
        ]),
      ],
      t3: [
        [session("e")],
        link([
          ["first", "first"],
          ["t/2+", "prev"],
        ]),
      ],
    };
    const { fetch, client } = clientWith((request) => {
      const [items, header] = pages[new URL(request.url).searchParams.get("page_token") ?? ""] ?? [[], ""];
      return json(items, { headers: { link: header, "x-total-count": "5" } });
    });
    const ids = (await listSessions(client, { identityId: IDENTITY, active: true }, { pageSize: 2 }).collect()).map(
      (s) => s.id,
    );
    expect(ids).toEqual(["a", "b", "c", "d", "e"]);
    expect(fetch.requests.map((r) => new URL(r.url).search)).toEqual([
      "?page_size=2&active=true",
      "?page_size=2&page_token=t%2F2%2B&active=true",
      "?page_size=2&page_token=t3&active=true",
    ]);
    expect(
      fetch.requests[0]?.url.startsWith(`https://my-proj.projects.oryapis.com/admin/identities/${IDENTITY}/sessions`),
    ).toBe(true);
    expect(fetch.requests[0]?.headers.get("authorization")).toBe("Bearer ory_pat_TESTSECRET123");
  });

  it("sends active=false as a boolean", async () => {
    const { fetch, client } = clientWith(() => json([]));
    await listSessions(client, { identityId: IDENTITY, active: false }).collect();
    expect(new URL(fetch.requests[0]?.url ?? "").searchParams.get("active")).toBe("false");
  });

  it("self-hosted: no token, no Authorization header", async () => {
    const fetch = observedFetch(() => json([session("a")]));
    const client = createOryKratosClient({ baseUrl: "http://127.0.0.1:4434", fetch });
    await listSessions(client, { identityId: IDENTITY }).collect();
    expect(fetch.requests[0]?.headers.has("authorization")).toBe(false);
  });

  it("refuses a next token the server repeats", async () => {
    const { client } = clientWith(() => json([session("a")], { headers: { link: link([["same", "next"]]) } }));
    await expect(listSessions(client, { identityId: IDENTITY }).collect()).rejects.toBeInstanceOf(PaginationError);
  });

  it("refuses a rel=next link without page_token instead of stopping early", async () => {
    const { client } = clientWith(() => json([session("a")], { headers: { link: '</admin/x?page=2>; rel="next"' } }));
    await expect(listSessions(client, { identityId: IDENTITY }).collect()).rejects.toThrow(/no page_token/);
  });

  it("turns Kratos' error envelope into typed errors with its message and request id", async () => {
    // Kratos v26.2.0's answer to a bad `active` (session/handler.go): the text is the message, no reason.
    const body = {
      error: { code: 400, status: "Bad Request", request: "req-9", message: "could not parse parameter active" },
    };
    const { client } = clientWith(() => json(body, { status: 400 }));
    const error = await listSessions(client, { identityId: IDENTITY })
      .collect()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ code: "Bad Request", requestId: "req-9", provider: "ory-kratos" });
    expect((error as Error).message).toBe(
      "ory-kratos listIdentitySessions: HTTP 400 [Bad Request] could not parse parameter active (request id req-9)",
    );
  });

  it("joins message and reason when a herodot error has both, and prefers the error id as code", async () => {
    const body = { error: { code: 400, status: "Bad Request", id: "x", reason: "r", message: "m" } };
    const { client } = clientWith(() => json(body, { status: 400 }));
    await expect(listSessions(client, { identityId: IDENTITY }).collect()).rejects.toMatchObject({
      code: "x",
      providerMessage: "m: r",
    });
  });

  it("takes the request id from error.request only: Kratos sends no X-Request-Id response header", async () => {
    const body = {
      error: { code: 500, status: "Internal Server Error", message: "An internal server error occurred" },
    };
    const { client } = clientWith(() => json(body, { status: 500, headers: { "x-request-id": "from-some-proxy" } }));
    const error = await listSessions(client, { identityId: IDENTITY })
      .collect()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 500, requestId: undefined });
  });

  it("maps 404 to NotFoundError (ory/x sqlcon.ErrNoRows has no error id: the status text is the code)", async () => {
    const { client } = clientWith(() =>
      json({ error: { code: 404, status: "Not Found", message: "Unable to locate the resource" } }, { status: 404 }),
    );
    await expect(listSessions(client, { identityId: IDENTITY }).collect()).rejects.toMatchObject({
      constructor: NotFoundError,
      code: "Not Found",
    });
  });

  it("rejects an object where Kratos sends a bare array", async () => {
    const { client } = clientWith(() => json({ sessions: [] }));
    await expect(listSessions(client, { identityId: IDENTITY }).collect()).rejects.toMatchObject({
      constructor: ResponseValidationError,
      pointer: "",
    });
  });
});

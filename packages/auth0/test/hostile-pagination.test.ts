import { getEventListeners } from "node:events";
import { caught, expectNoSecrets, type RecordedRequest, replyJson, startRecordingServer } from "@idp-sessions/testing";
import { describe, expect, it, onTestFinished } from "vitest";
import { ConfigurationError, createAuth0Client, listSessions, PaginationError } from "../src/index.js";

const TOKEN = "tok-auth0-TESTSECRET-hostile";

/** A hostile Auth0 on 127.0.0.1, closed when the test ends; `reply` gets the request and its number. */
async function hostile(reply: (request: RecordedRequest, n: number) => unknown) {
  const server = await startRecordingServer((request, res) =>
    replyJson(res, 200, reply(request, server.requests.length)),
  );
  onTestFinished(() => server.close());
  const client = createAuth0Client({ baseUrl: server.origin, token: TOKEN, maxRetries: 0 });
  return { server, client };
}

const sessions = (...ids: string[]) => ids.map((id) => ({ id, user_id: "auth0|u1" }));

describe("auth0 listSessions against a hostile server", () => {
  it("ends on the first empty page even though the server hands out a fresh cursor", async () => {
    const { server, client } = await hostile((_, n) => ({ sessions: n === 1 ? sessions("s1") : [], next: `c${n}` }));
    expect((await listSessions(client, { userId: "u" }).collect()).map((s) => s.id)).toEqual(["s1"]);
    expect(server.requests).toHaveLength(2);
  });

  it("refuses fresh cursors that bring back the same sessions (PaginationError on page 2)", async () => {
    const { server, client } = await hostile((_, n) => ({ sessions: sessions("s1", "s2"), next: `c${n}` }));
    const error = await caught(() => listSessions(client, { userId: "u" }).collect());
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ provider: "auth0", operation: "getUserSessions" });
    expect(server.requests).toHaveLength(2);
  });

  it("stops fresh cursors with fresh sessions at maxPages with a PaginationError naming it", async () => {
    const { server, client } = await hostile((_, n) => ({ sessions: sessions(`s${n}`), next: `c${n}` }));
    const error = await caught(() => listSessions(client, { userId: "u" }, { maxPages: 3 }).collect());
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toContain("maxPages (3)");
    expect(server.requests).toHaveLength(3);
  });

  it("lets no error rendering quote the bearer token the server echoed into its cursor", async () => {
    const { client } = await hostile((request, n) => {
      const echoed = String(request.headers.authorization).replace(/^Bearer /, "");
      return { sessions: sessions(`s${n}`), next: echoed.repeat(3) };
    });
    const error = await caught(() => listSessions(client, { userId: "u" }).collect());
    expect(error).toBeInstanceOf(PaginationError);
    expectNoSecrets([error], [TOKEN]);
  });

  it("leaves no listener on the caller's one signal after 50 pages, and no MaxListenersExceededWarning", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    onTestFinished(() => void process.off("warning", onWarning));
    const { client } = await hostile((_, n) => ({ sessions: sessions(`s${n}`), next: n < 50 ? `c${n}` : null }));
    const caller = new AbortController();
    expect(await listSessions(client, { userId: "u" }, { signal: caller.signal }).collect()).toHaveLength(50);
    await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on a later tick
    expect(warnings.map((w) => w.name)).not.toContain("MaxListenersExceededWarning");
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
  });

  it.each([
    [{ pageSize: 0 }, "pageSize (the spec's take) must be an integer from 1 to 100, got 0"],
    [{ pageSize: 101 }, "pageSize (the spec's take) must be an integer from 1 to 100, got 101"],
    [{ pageSize: 2.5 }, "pageSize (the spec's take)"],
    [{ maxPages: 0 }, "maxPages must be a positive integer, got 0"],
  ])("refuses %j before any request", async (options, message) => {
    const { server, client } = await hostile(() => ({ sessions: [] }));
    expect(() => listSessions(client, { userId: "u" }, options)).toThrow(ConfigurationError);
    expect(() => listSessions(client, { userId: "u" }, options)).toThrow(message);
    expect(server.requests).toHaveLength(0);
  });
});

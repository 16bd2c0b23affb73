import { APIUserAbortError } from "@idp-sessions/core";
import { startMockServers } from "@idp-sessions/mock";
import { describe, expect, it } from "vitest";
import { listCommand } from "../src/commands/list.js";
import { main } from "../src/main.js";
import { fakeIo } from "./helpers/fake-io.js";
import { auth0Raw, hostileServer, json } from "./helpers/hostile-server.js";

const auth0Args = (origin: string, ...more: string[]) => [
  "--provider",
  "auth0",
  "--user",
  "auth0|u",
  "--base-url",
  `${origin}/api/v2`,
  ...more,
];

describe("list, in process", () => {
  it("passes its signal to the listing: aborting it cancels the request under way", async () => {
    let cancelled = () => {};
    const dropped = new Promise<void>((resolve) => {
      cancelled = resolve;
    });
    let requested = () => {};
    const waiting = new Promise<void>((resolve) => {
      requested = resolve;
    });
    const server = await hostileServer((_req, res) => {
      res.on("close", () => (res.writableEnded ? undefined : cancelled()));
      requested();
    });
    try {
      const controller = new AbortController();
      const { io } = fakeIo({ env: { AUTH0_TOKEN: "t" } });
      const listing = listCommand(auth0Args(server.origin), io, controller.signal);
      await waiting;
      controller.abort();
      await expect(listing).rejects.toBeInstanceOf(APIUserAbortError);
      await dropped;
    } finally {
      await server.close();
    }
  });

  it("reports sessions the server sent twice on stderr; stdout stays valid json", async () => {
    const server = await hostileServer((_req, res, n) =>
      n === 1
        ? json(res, { sessions: [auth0Raw("a"), auth0Raw("b")], next: "c1" })
        : json(res, { sessions: [auth0Raw("b"), auth0Raw("a"), auth0Raw("c")], next: null }),
    );
    try {
      const { io, stdout, stderr } = fakeIo({ env: { AUTH0_TOKEN: "t" } });
      expect(await listCommand(auth0Args(server.origin, "--format", "json"), io)).toBe(0);
      expect((JSON.parse(stdout()) as { id: string }[]).map((s) => s.id)).toEqual(["a", "b", "c"]);
      expect(stderr()).toMatch(/^idp-sessions list: skipped 2 sessions the server sent twice\b/);
    } finally {
      await server.close();
    }
  });

  it("says that an empty ZITADEL listing may be an unknown user; stdout stays valid csv", async () => {
    const mock = await startMockServers({ providers: ["zitadel"], usersPerProvider: 1, sessionsPerUser: 2 });
    try {
      const z = mock.providers.zitadel;
      const { io, stdout, stderr } = fakeIo({ env: { ZITADEL_TOKEN: z.credentials.token } });
      const args = ["--provider", "zitadel", "--user", "no-such-user", "--base-url", z.baseUrl, "--format", "csv"];
      expect(await listCommand(args, io)).toBe(0);
      expect(stdout()).toBe("provider,session id,status,ip,user agent,created,expires,methods\n");
      expect(stderr()).toMatch(
        /zitadel has no sessions for this user; ZITADEL answers the same for a user id that does not exist/,
      );
    } finally {
      await mock.close();
    }
  });

  it("an unexpected error is exit 70 (internal), not 1 (a check failed)", async () => {
    const { io, stderr } = fakeIo();
    io.stdout.write = () => {
      throw new TypeError("boom \u001b[2J");
    };
    expect(await main(["list", "--help"], io)).toBe(70);
    expect(stderr()).toBe("idp-sessions list: internal error: boom \\x1b[2J\n");
  });
});

import { PassThrough } from "node:stream";
import { envForServers } from "@idp-sessions/contract";
import { startMockServers } from "@idp-sessions/mock";
import { describe, expect, it } from "vitest";
import { main } from "../src/main.js";
import { stdinOf } from "../src/read-line.js";
import { interrupted } from "../src/stop.js";
import { fakeIo } from "./helpers/fake-io.js";
import { auth0Raw, hostileServer, json } from "./helpers/hostile-server.js";
import { run } from "./helpers/run-cli.js";

describe("revoke: Ctrl-C, stdin and the built binary", () => {
  it("Ctrl-C aborts the revoking requests under way: exit 130, with a word on what that leaves", async () => {
    let requested = () => {};
    const revoking = new Promise<void>((resolve) => {
      requested = resolve;
    });
    let closed = 0;
    const server = await hostileServer((req, res) => {
      if (req.method === "GET") return json(res, { sessions: [auth0Raw("a"), auth0Raw("b")] });
      res.on("close", () => closed++);
      requested(); // and never answer
    });
    try {
      const controller = new AbortController();
      const { io, stderr } = fakeIo({ env: { AUTH0_TOKEN: "t" } });
      const args = ["revoke", "--provider", "auth0", "--user", "auth0|u", "--base-url", `${server.origin}/api/v2`];
      const code = main([...args, "--yes"], io, controller.signal);
      await revoking;
      controller.abort(interrupted("SIGINT"));
      expect(await code).toBe(130);
      expect(stderr()).toContain("stopped while revoking; some sessions may already be revoked");
      expect(stderr()).toMatch(/idp-sessions revoke: interrupted\n$/);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(closed).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });

  it("stdin gives one line at a time, undefined at its end, and rejects when aborted", async () => {
    const input = new PassThrough();
    const stdin = stdinOf(input);
    input.write("yes\n");
    expect(await stdin.readLine()).toBe("yes");
    const controller = new AbortController();
    const waiting = stdin.readLine(controller.signal);
    controller.abort(interrupted("SIGINT"));
    await expect(waiting).rejects.toMatchObject({ exitCode: 130 });
    const last = stdin.readLine();
    input.end();
    expect(await last).toBeUndefined();
  });

  it("the built binary, without a terminal and without --yes, refuses before any request: exit 2", async () => {
    const mock = await startMockServers({ providers: ["auth0"], usersPerProvider: 1, sessionsPerUser: 3 });
    try {
      const env = envForServers({ auth0: mock.providers.auth0 });
      const { code, stderr } = await run(["revoke", "--provider", "auth0", "--user", env.AUTH0_USER_ID ?? ""], env);
      expect(code).toBe(2);
      expect(stderr).toContain("pass --yes");
      expect(mock.providers.auth0.requestCount).toBe(0);
      const yes = await run(["revoke", "--provider", "auth0", "--user", env.AUTH0_USER_ID ?? "", "--yes"], env);
      expect(yes.code).toBe(0);
      expect(yes.stdout).toMatch(/^Done: 3 sessions revoked/m);
    } finally {
      await mock.close();
    }
  });
});

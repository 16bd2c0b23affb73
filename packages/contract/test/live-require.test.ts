import { type RecordingServer, replyJson, startRecordingServer } from "@idp-sessions/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTRACT_PROVIDERS, runLiveContract } from "../src/index.js";

let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer((_request, res) => replyJson(res, 200, { sessions: [] }));
});
afterAll(() => server.close());

describe("a required provider cannot pass by being skipped", () => {
  it("with every variable missing: not ok, and the provider named as required but skipped", async () => {
    const { ok, document, summary } = await runLiveContract({}, CONTRACT_PROVIDERS, { require: ["auth0"] });
    expect(ok).toBe(false);
    expect(document.summary.requiredSkipped).toEqual(["auth0"]);
    expect(document.providers.find((p) => p.provider === "auth0")?.reason).toBe(
      "set AUTH0_DOMAIN or AUTH0_BASE_URL, AUTH0_TOKEN, AUTH0_USER_ID",
    );
    expect(summary.split("\n").at(-1)).toBe("required but skipped: auth0");
    // Without --require, the same run is ok: skipped is not failed.
    expect((await runLiveContract({})).ok).toBe(true);
  });

  it("with variables set but empty (an unset CI secret): skipped too, and the empty ones named", async () => {
    // An empty AUTH0_DOMAIN beside a set AUTH0_BASE_URL is not a reason, and is not named.
    const env = { AUTH0_BASE_URL: `${server.origin}/api/v2`, AUTH0_DOMAIN: "", AUTH0_TOKEN: "", AUTH0_USER_ID: "" };
    const { ok, reports, document } = await runLiveContract(env, ["auth0"], { require: ["auth0"] });
    expect(ok).toBe(false);
    expect(reports[0]?.status).toBe("skipped");
    expect(reports[0]?.reason).toBe("set AUTH0_TOKEN, AUTH0_USER_ID (empty: AUTH0_TOKEN, AUTH0_USER_ID)");
    expect(document.providers[0]?.checks.find((c) => c.name === "run")).toMatchObject({ status: "failed" });
    expect(server.requests).toEqual([]);
  });

  it("a required provider that ran and passed is ok", async () => {
    const env = { AUTH0_BASE_URL: `${server.origin}/api/v2`, AUTH0_TOKEN: "t0ken-123", AUTH0_USER_ID: "auth0|u" };
    const { ok, document } = await runLiveContract(env, ["auth0"], { require: ["auth0"] });
    expect([ok, document.providers[0]?.status, document.summary.requiredSkipped]).toEqual([true, "passed", []]);
  });
});

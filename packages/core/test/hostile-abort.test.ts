import { caught } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import { APIUserAbortError, bearerAuth } from "../src/internal.js";
import { CONTEXT, sendJson, startServer, testClient } from "./support/hostile-server.js";

const never = () => new Promise<string>(() => {});

describe("aborting while getToken() is pending", () => {
  it("settles with APIUserAbortError, and nothing is sent", async () => {
    const api = await startServer((_request, res) => sendJson(res, 200, {}));
    try {
      const controller = new AbortController();
      let asked!: () => void;
      const asking = new Promise<void>((resolve) => {
        asked = resolve;
      });
      const getToken = () => {
        asked();
        return never();
      };
      const pending = caught(() =>
        testClient(api.origin, { auth: bearerAuth(CONTEXT, { getToken }) }).get({ signal: controller.signal }),
      );
      await asking;
      controller.abort();
      expect(await pending).toBeInstanceOf(APIUserAbortError);
      expect(api.connections()).toBe(0);
    } finally {
      await api.close();
    }
  });

  it("also when the refresh after a 401 never settles", async () => {
    let calls = 0;
    const controller = new AbortController();
    const api = await startServer((_request, res) => sendJson(res, 401, { message: "expired" }));
    try {
      const getToken = () => {
        if (++calls === 1) return "core-TESTSECRET-first-token";
        controller.abort();
        return never();
      };
      const error = await caught(() =>
        testClient(api.origin, { auth: bearerAuth(CONTEXT, { getToken }) }).get({ signal: controller.signal }),
      );
      expect(error).toBeInstanceOf(APIUserAbortError);
      expect(api.requests).toHaveLength(1);
    } finally {
      await api.close();
    }
  });
});

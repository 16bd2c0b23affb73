import { describe, expect, it, vi } from "vitest";
import { bearerAuth, CredentialsError, headerAuth } from "../src/internal.js";

const context = { provider: "test", operation: "list" };

const request = () => new Request("https://api.example.com/x");

describe("bearerAuth", () => {
  it("sets Authorization from a static token, replacing any earlier value", async () => {
    const auth = bearerAuth(context, { token: "static-token" });
    const r = request();
    r.headers.set("authorization", "Bearer old");
    expect((await auth.authenticate(r)).headers.get("authorization")).toBe("Bearer static-token");
    expect(await auth.refresh?.()).toBe(false);
    expect(auth.secrets()).toEqual(["static-token"]);
  });

  it("calls getToken once, and again on refresh", async () => {
    let n = 0;
    const getToken = vi.fn(async () => `token-${++n}`);
    const auth = bearerAuth(context, { getToken });
    expect((await auth.authenticate(request())).headers.get("authorization")).toBe("Bearer token-1");
    expect((await auth.authenticate(request())).headers.get("authorization")).toBe("Bearer token-1");
    expect(getToken).toHaveBeenCalledTimes(1);
    expect(await auth.refresh?.()).toBe(true);
    expect((await auth.authenticate(request())).headers.get("authorization")).toBe("Bearer token-2");
    expect(auth.secrets()).toEqual(["token-1", "token-2"]);
  });

  it("reports no refresh when getToken returns the same token", async () => {
    const auth = bearerAuth(context, { getToken: () => "same" });
    await auth.authenticate(request());
    expect(await auth.refresh?.()).toBe(false);
  });
});

describe("bearerAuth failures", () => {
  it("turns a failing getToken into CredentialsError, and asks again next time", async () => {
    let fail = true;
    const auth = bearerAuth(context, {
      getToken: async () => {
        if (fail) throw new Error("vault unreachable");
        return "token-ok";
      },
    });
    await expect(auth.authenticate(request())).rejects.toBeInstanceOf(CredentialsError);
    fail = false;
    expect((await auth.authenticate(request())).headers.get("authorization")).toBe("Bearer token-ok");
  });

  it("refuses an empty token", async () => {
    await expect(bearerAuth(context, { getToken: () => "" }).authenticate(request())).rejects.toThrow(
      /returned no token/,
    );
  });
});

describe("headerAuth", () => {
  it("sets the header", async () => {
    const auth = headerAuth("x-api-key", "key-123456");
    expect((await auth.authenticate(request())).headers.get("x-api-key")).toBe("key-123456");
    expect(auth.secrets()).toEqual(["key-123456"]);
  });
});

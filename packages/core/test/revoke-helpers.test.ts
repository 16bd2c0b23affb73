import { describe, expect, it } from "vitest";
import {
  ConfigurationError,
  checkChoice,
  goneOn404,
  InternalServerError,
  listedIds,
  NotFoundError,
  ResponseValidationError,
  SessionList,
  sessionAt,
} from "../src/internal.js";

const context = { provider: "test", operation: "getThing" };
const body = (path: string[]) => ({ in: "body", expression: "$response.body", path }) as const;

describe("sessionAt", () => {
  it("returns the session where the spec puts it when its id is the one asked for", () => {
    const session = { id: "s1", active: true };
    expect(sessionAt(context, body([]), session, { path: ["id"], expected: "s1" })).toBe(session);
    expect(sessionAt(context, body(["session"]), { session }, { path: ["id"], expected: "s1" })).toBe(session);
  });

  it.each([
    [{ id: "s2" }, "/id", "another id"],
    [{}, "/id", "undefined"],
    [[], "", "array"],
    [null, "", "null"],
  ])("refuses %j naming %s", (answer, pointer, actual) => {
    const error = (() => {
      try {
        return sessionAt(context, body([]), answer, { path: ["id"], expected: "s1" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({ pointer, actual });
  });
});

describe("listedIds", () => {
  const list = (...pages: unknown[][]) =>
    new SessionList(async function* () {
      for (const [index, items] of pages.entries())
        yield { items, index, response: new Response(null), skippedDuplicates: 0 };
    });
  const items = { in: "body", expression: "$response.body#/sessions", path: ["sessions"] } as const;

  it("reads each listed session's id, page after page", async () => {
    expect(await listedIds(context, list([{ id: "a" }], [{ id: "b" }]), items, ["id"])).toEqual(["a", "b"]);
  });

  it("refuses a session without a usable id, with its pointer inside its page's body", async () => {
    const bad = list([{ id: "a" }], [{ id: "b" }, { id: 7 }]);
    const error = await listedIds(context, bad, items, ["id"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({ pointer: "/sessions/1/id", actual: "number", operation: "getThing" });
    await expect(listedIds(context, list([{ id: "" }]), items, ["id"])).rejects.toThrow(/\/sessions\/0\/id/);
  });
});

describe("checkChoice", () => {
  it("defaults to the first choice and accepts each", () => {
    expect(checkChoice(context, "method", undefined, ["revoke", "delete"])).toBe("revoke");
    expect(checkChoice(context, "method", "delete", ["revoke", "delete"])).toBe("delete");
  });

  it.each(["Revoke", 1, null])("refuses %j", (value) => {
    expect(() => checkChoice(context, "method", value, ["revoke", "delete"])).toThrow(ConfigurationError);
  });
});

describe("goneOn404", () => {
  it("is revoked on success, alreadyGone on the provider's own 404, and throws the rest", async () => {
    expect(await goneOn404(async () => ({}))).toBe("revoked");
    const providers404 = new NotFoundError(context, { status: 404, providerMessage: "The session does not exist." });
    expect(await goneOn404(async () => Promise.reject(providers404))).toBe("alreadyGone");
    const failure = new InternalServerError(context, { status: 500 });
    await expect(goneOn404(async () => Promise.reject(failure))).rejects.toBe(failure);
  });

  it("throws a 404 without the provider's error body (a proxy's page, a wrong base URL)", async () => {
    const bare404 = new NotFoundError(context, { status: 404, body: "<html>Not Found</html>" });
    await expect(goneOn404(async () => Promise.reject(bare404))).rejects.toBe(bare404);
  });
});

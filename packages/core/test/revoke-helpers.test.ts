import { describe, expect, it } from "vitest";
import {
  ConfigurationError,
  checkChoice,
  goneOn404,
  InternalServerError,
  NotFoundError,
  ResponseValidationError,
  sessionAt,
  sessionIds,
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

describe("sessionIds", () => {
  it("reads each listed session's id", () => {
    expect(sessionIds(context, [{ id: "a" }, { id: "b" }], ["id"])).toEqual(["a", "b"]);
  });

  it("refuses a session without a usable id, with its pointer", () => {
    expect(() => sessionIds(context, [{ id: "a" }, { id: "" }], ["id"])).toThrow(ResponseValidationError);
    expect(() => sessionIds(context, [{ id: "a" }, { id: 7 }], ["id"])).toThrow(/\/sessions\/1\/id/);
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
  it("is revoked on success, alreadyGone on a NotFoundError, and throws the rest", async () => {
    expect(await goneOn404(async () => ({}))).toBe("revoked");
    expect(await goneOn404(async () => Promise.reject(new NotFoundError(context, { status: 404 })))).toBe(
      "alreadyGone",
    );
    const failure = new InternalServerError(context, { status: 500 });
    await expect(goneOn404(async () => Promise.reject(failure))).rejects.toBe(failure);
  });
});

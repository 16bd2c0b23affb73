import { inspect } from "node:util";
import { caught } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import {
  APIConnectionError,
  APIError,
  bearerAuth,
  expectUint64,
  IdpSessionsError,
  MAX_PROVIDER_TEXT_LENGTH,
  MAX_REDACT_DEPTH,
  PaginationError,
  paginate,
  ResponseValidationError,
  redact,
  TRUNCATED,
} from "../src/internal.js";
import { CONTEXT, everything, sendJson, startServer, testClient } from "./support/hostile-server.js";

const TOKEN = "core-TESTSECRET-echoed-token-5a9b";
const QUOTED = 'core-TESTSECRET-"quote\\d-token';

function expectClean(error: unknown, secrets: readonly string[] = [TOKEN]) {
  expect(error).toBeInstanceOf(IdpSessionsError);
  for (const text of everything(error)) {
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toContain("TESTSECRET");
  }
}

function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { [`level${i}`]: value };
  return value;
}

describe("a server that echoes the credential", () => {
  it("in the request-id header, a key, a body nested past the redaction depth, and the message", async () => {
    const api = await startServer((request, res) => {
      const token = String(request.headers.authorization).replace("Bearer ", "");
      sendJson(
        res,
        401,
        { message: `bad ${token}`, code: token, [`key-${token}`]: 1, deep: nested(MAX_REDACT_DEPTH + 8, token) },
        { "x-request-id": `req-${token}` },
      );
    });
    try {
      const auth = bearerAuth(CONTEXT, { token: TOKEN });
      const error = await caught(() => testClient(api.origin, { auth }).get());
      expect(error).toBeInstanceOf(APIError);
      expect(error).toMatchObject({ status: 401, requestId: "req-[redacted]", code: "[redacted]" });
      expect(JSON.stringify((error as APIError).body)).toContain(TRUNCATED);
      expect(JSON.stringify((error as APIError).body)).toContain('"key-[redacted]"');
      expectClean(error);
    } finally {
      await api.close();
    }
  });

  it("caps what the server's code, message and request id contribute, after redaction", async () => {
    const api = await startServer((_request, res) =>
      sendJson(
        res,
        400,
        { message: `${"m".repeat(10_000)}${TOKEN}`, code: "c".repeat(10_000) },
        { "x-request-id": "r".repeat(8_000) },
      ),
    );
    try {
      const error = (await caught(() =>
        testClient(api.origin, { auth: bearerAuth(CONTEXT, { token: TOKEN }) }).get(),
      )) as APIError;
      for (const field of [error.providerMessage, error.code, error.requestId]) {
        expect(field).toHaveLength(MAX_PROVIDER_TEXT_LENGTH);
        expect(field?.endsWith("…")).toBe(true);
      }
      expectClean(error);
    } finally {
      await api.close();
    }
  });

  it("in a text body cut at the limit: redacted first, so never cut in half", async () => {
    const api = await startServer((_request, res) => {
      res.writeHead(502, { "content-type": "text/plain" });
      res.end(`${"x".repeat(MAX_PROVIDER_TEXT_LENGTH - 10)}${TOKEN}`);
    });
    try {
      const auth = bearerAuth(CONTEXT, { token: TOKEN });
      expectClean(await caught(() => testClient(api.origin, { auth, maxRetries: 0 }).get()));
    } finally {
      await api.close();
    }
  });
});

describe("errors built with a client's context", () => {
  const { context } = testClient("http://127.0.0.1:9", { auth: bearerAuth(CONTEXT, { token: QUOTED }) });
  // A second credential, as a client with two (Huawei's SK and security token) has.
  const known = { ...context, secrets: () => [...context.secrets(), TOKEN] };

  it("a PaginationError quoting a cursor (JSON-escaped) is redacted", async () => {
    const list = paginate(known, async () => ({ items: [1], next: QUOTED, response: new Response(null) }));
    const error = await caught(() => list.collect());
    expect(error).toBeInstanceOf(PaginationError);
    expectClean(error, [QUOTED, JSON.stringify(QUOTED)]);
  });

  it("a ResponseValidationError quoting a uint64 that is a long echoed secret: redacted before it is cut", () => {
    const long = `${"9".repeat(30)}${TOKEN}${"z".repeat(100)}`;
    const error = (() => {
      try {
        return expectUint64({ ...context, secrets: () => [TOKEN] }, long, "/details/totalResult");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).actual).toContain("[redacted]");
    expectClean(error);
  });

  it("a foreign cause becomes a sanitized copy: same name and code, redacted message, bounded chain", () => {
    const root = Object.assign(new Error(`socket said ${TOKEN}`), { code: "ECONNRESET", token: TOKEN });
    let cause: Error = root;
    for (let i = 0; i < 10; i++) cause = new Error(`level ${i} ${TOKEN}`, { cause });
    const error = new APIConnectionError(known, "could not reach the server", {
      cause: new TypeError("x", { cause: root }),
    });
    const copy = error.cause as Error & { code?: unknown; cause?: Error & { code?: unknown } };
    expect(copy).toBeInstanceOf(Error);
    expect(copy.name).toBe("TypeError");
    expect(copy.cause).toMatchObject({ code: "ECONNRESET", message: "socket said [redacted]" });
    const deep = new APIConnectionError(known, "x", { cause });
    let depth = 0;
    for (let c: unknown = deep.cause; c instanceof Error; c = c.cause) depth++;
    expect(depth).toBeLessThanOrEqual(4);
    expectClean(error);
    expectClean(deep);
  });

  it("a non-error cause (an abort reason of any shape) is redacted, keys too", () => {
    const error = new APIConnectionError(known, "x", { cause: { [TOKEN]: [TOKEN], n: 1 } });
    expect(error.cause).toEqual({ "[redacted]": ["[redacted]"], n: 1 });
    expectClean(new APIConnectionError(known, "x", { cause: `reason ${TOKEN}` }));
  });

  it("the secrets function never appears on an error", () => {
    const error = new APIError(known, { status: 500, body: { a: 1 } });
    const shown = inspect(error, { showHidden: true, depth: Number.POSITIVE_INFINITY });
    expect(shown).not.toMatch(/secrets|\[Function/);
    expect(JSON.stringify(error)).not.toMatch(/secrets/);
    expect(Reflect.ownKeys(error)).not.toContain("secrets");
  });

  it("a context without secrets still gets the credential patterns", () => {
    const error = new IdpSessionsError(
      CONTEXT,
      "sent Authorization: Bearer abcdefghijkl and Signature=0123456789abcdef",
    );
    expect(error.message).toBe("test listThings: sent Authorization: Bearer [redacted] and Signature=[redacted]");
  });
});

describe("redact", () => {
  it("replaces data past the depth limit with a marker instead of returning it unredacted", () => {
    const out = JSON.stringify(redact(nested(MAX_REDACT_DEPTH + 5, TOKEN), [TOKEN]));
    expect(out).toContain(TRUNCATED);
    expect(out).not.toContain("TESTSECRET");
  });

  it("redacts keys, and a `__proto__` key stays an own property", () => {
    const out = redact(JSON.parse(`{"__proto__": {"polluted": 1}, "${TOKEN}": 2}`), [TOKEN]) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(["__proto__", "[redacted]"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

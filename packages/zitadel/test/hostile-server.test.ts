import { caught, expectNoSecrets, replyJson as json, startRecordingServer as serve } from "@idp-sessions/testing";
import { describe, expect, it } from "vitest";
import { createZitadelClient, listSessions, RedirectError, ResponseValidationError } from "../src/index.js";

const TOKEN = "zitadel-hostile-TESTSECRET-pat-9b31";

describe("zitadel against a hostile server", () => {
  it("a totalResult that echoes the token is a ResponseValidationError without it", async () => {
    const api = await serve((req, res) => {
      const token = String(req.headers.authorization).replace("Bearer ", "");
      json(res, 200, { details: { totalResult: `${"9".repeat(20)}${token}${"0".repeat(200)}` }, sessions: [] });
    });
    try {
      const client = createZitadelClient({ baseUrl: api.origin, token: TOKEN });
      const error = await caught(() => listSessions(client, { userId: "u" }).collect());
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect((error as ResponseValidationError).actual).toContain("[redacted]");
      expectNoSecrets([error], [TOKEN]);
    } finally {
      await api.close();
    }
  });

  it("a same-origin 307 keeps the POST search and its body; a 302 after it is refused", async () => {
    const api = await serve((req, res) => {
      if (req.rawUrl === "/v2/sessions/search") {
        res.writeHead(req.headers["x-case"] === "302" ? 302 : 307, { location: "/moved/v2/sessions/search" });
        return res.end();
      }
      json(res, 200, { details: { totalResult: "1" }, sessions: [{ id: "s1" }] });
    });
    try {
      const client = createZitadelClient({ baseUrl: api.origin, token: TOKEN });
      expect(await listSessions(client, { userId: "u" }).collect()).toEqual([{ id: "s1" }]);
      const [first, hop] = api.requests;
      expect(hop?.method).toBe("POST");
      expect(hop?.body).toBe(first?.body);
      expect(hop?.headers.authorization).toBe(`Bearer ${TOKEN}`);

      const refusing = createZitadelClient({ baseUrl: api.origin, token: TOKEN, fetch: withHeader("x-case", "302") });
      const error = await caught(() => listSessions(refusing, { userId: "u" }).collect());
      expect(error).toBeInstanceOf(RedirectError);
      expect((error as Error).message).toMatch(/in answer to POST/);
    } finally {
      await api.close();
    }
  });
});

/** The global fetch with one more header. */
function withHeader(name: string, value: string) {
  return (request: Request) => {
    const copy = new Request(request);
    copy.headers.set(name, value);
    return fetch(copy);
  };
}

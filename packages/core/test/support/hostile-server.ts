import { inspect } from "node:util";
import createClient from "openapi-fetch";
import {
  type Authenticator,
  type ClientContext,
  type CommonClientOptions,
  clientContext,
  createApiClient,
  type ProviderErrors,
  sendRequest,
  stringAt,
} from "../../src/internal.js";

// The hostile servers are the testing package's recording server (127.0.0.1, OS-chosen port, counts
// connections so that "nothing was sent there" means not even a connection).
export { replyJson as sendJson, startRecordingServer as startServer } from "@idp-sessions/testing";

/** One operation on `/things`, GET and POST, enough for openapi-fetch's types. */
interface Operation {
  parameters: { query?: { case?: string }; header?: never; path?: never; cookie?: never };
  requestBody?: { content: { "application/json": Record<string, unknown> } };
  responses: {
    200: { headers: { [name: string]: unknown }; content: { "application/json": Record<string, unknown> } };
  };
}
export interface TestPaths {
  "/things": { parameters: Operation["parameters"]; get: Operation; post: Operation };
}

export const CONTEXT = { provider: "test", operation: "listThings" } as const;
export const ERRORS: ProviderErrors = {
  parseBody: (body) => ({ code: stringAt(body, "code"), message: stringAt(body, "message") }),
  requestIdHeader: "x-request-id",
};

/** A client of the test API, made by createApiClient as every provider's is. */
export function testClient(baseUrl: string, options: CommonClientOptions & { auth?: Authenticator } = {}) {
  const client = createApiClient<TestPaths>({ context: CONTEXT, baseUrl, ...options });
  const context: ClientContext = clientContext(client, CONTEXT);
  return {
    client,
    context,
    get: (init: { signal?: AbortSignal; query?: { case?: string } } = {}) =>
      sendRequest(context, ERRORS, () => client.GET("/things", { params: { query: init.query }, signal: init.signal })),
    post: (body: Record<string, unknown>, init: { signal?: AbortSignal } = {}) =>
      sendRequest(context, ERRORS, () => client.POST("/things", { body, signal: init.signal })),
  };
}

/** openapi-fetch without our fetch, to show what plain fetch would have done. */
export const plainClient = (baseUrl: string) => createClient<TestPaths>({ baseUrl });

/**
 * Every string reachable from `value` through own properties (enumerable or not, keys included), cause
 * chains and bodies, plus the renderings a logger would make. A leak anywhere shows up in one of these.
 */
export function everything(value: unknown): string[] {
  const out = [inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true }), String(value)];
  try {
    out.push(JSON.stringify(value));
  } catch {
    out.push("(not JSON)");
  }
  const seen = new Set<unknown>();
  const walk = (item: unknown) => {
    if (typeof item === "string") out.push(item);
    if (item === null || (typeof item !== "object" && typeof item !== "function") || seen.has(item)) return;
    seen.add(item);
    for (const key of Reflect.ownKeys(item)) {
      out.push(String(key));
      const descriptor = Object.getOwnPropertyDescriptor(item, key);
      if (descriptor && "value" in descriptor) walk(descriptor.value);
    }
  };
  walk(value);
  if (value instanceof Error) walk({ message: value.message, stack: value.stack, json: JSON.stringify(value) });
  return out;
}

import { DEFAULT_MAX_RESPONSE_BYTES } from "@idp-sessions/core";

/** One request the client sent and the response it got, as the contract checks see them. */
export interface Exchange {
  request: { method: string; url: string; headers: Headers; body: string | null };
  response?: { status: number; headers: Headers; body: unknown; bodyText: string };
  /** The request never got a response (connection error, timeout). */
  error?: string;
}

/** A fetch that records every exchange (each retry too) and passes the response on untouched. */
export function recordingFetch(
  exchanges: Exchange[],
  inner: (request: Request) => Promise<Response> = (request) => globalThis.fetch(request),
): (request: Request) => Promise<Response> {
  return async (request) => {
    const body = request.body === null ? null : await request.clone().text();
    const exchange: Exchange = {
      request: { method: request.method, url: request.url, headers: new Headers(request.headers), body },
    };
    exchanges.push(exchange);
    let response: Response;
    try {
      response = await inner(request);
    } catch (error) {
      exchange.error = error instanceof Error ? error.message : String(error);
      throw error;
    }
    const read = await readBounded(response);
    const bodyText = read.text;
    if (read.over) exchange.error = `the response body is over ${DEFAULT_MAX_RESPONSE_BYTES} bytes; not recorded`;
    let parsed: unknown = bodyText;
    try {
      parsed = bodyText === "" ? undefined : JSON.parse(bodyText);
    } catch {
      // Not JSON: the body is checked as the text it is.
    }
    exchange.response = { status: response.status, headers: new Headers(response.headers), body: parsed, bodyText };
    return read.response;
  };
}

/**
 * Reads the body once, at most the clients' default size cap and a chunk: a hostile server's endless or
 * inflating body must not be held twice (a clone tees it) nor without bound. The client gets the bytes
 * read; past the cap they are more than it accepts, so it fails with its own ResponseTooLargeError.
 */
async function readBounded(response: Response): Promise<{ text: string; over: boolean; response: Response }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let failed = false;
  const reader = response.body?.getReader();
  try {
    while (reader && size <= DEFAULT_MAX_RESPONSE_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    failed = true; // cut off mid-stream: the client sees the same through the error its stream gives
  }
  const over = size > DEFAULT_MAX_RESPONSE_BYTES;
  if (over) reader?.cancel().catch(() => {});
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  const body = reader === undefined ? null : failed ? erroredStream(bytes) : bytes;
  const copy = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  Object.defineProperty(copy, "url", { value: response.url, enumerable: false });
  return { text: over || failed ? "" : new TextDecoder().decode(bytes), over, response: copy };
}

/** The bytes that arrived, then the error a cut-off connection gives. */
function erroredStream(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.error(new TypeError("terminated"));
    },
  });
}

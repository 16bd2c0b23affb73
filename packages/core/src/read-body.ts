import { abortable } from "./abort.js";

/** Statuses whose responses have no body by definition (a Response cannot even be built with one). */
const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([101, 103, 204, 205, 304]);

/** The body is over the limit: `declared` when Content-Length said so before anything was read. */
export class BodyLimitExceeded extends Error {
  readonly declared: number | undefined;
  constructor(declared: number | undefined) {
    super("response body over the limit");
    this.declared = declared;
  }
}

/**
 * Reads the whole body of `response` while `signal` (the attempt's timer and the caller's signal) is live,
 * and returns an equivalent Response over the buffered bytes. At most `maxBytes` decoded bytes are read:
 * the stream is cancelled as soon as it yields more (like axios' maxContentLength, which also counts
 * decompressed bytes), and a declared Content-Length over the limit fails before reading (like undici's
 * maxResponseSize). A compressed body's Content-Length says nothing of its decoded size, so it is not used.
 */
export async function bufferResponse(
  response: Response,
  method: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Response> {
  if (response.status < 200 || response.status > 599) {
    discard(response);
    throw new TypeError(`the fetch returned a network error (status ${response.status})`);
  }
  let body: ReadableStream<Uint8Array> | null = null;
  if (NULL_BODY_STATUSES.has(response.status) || method.toUpperCase() === "HEAD") {
    discard(response);
  } else if (response.body) {
    const declared = declaredLength(response.headers);
    if (declared !== undefined && declared > maxBytes) {
      discard(response);
      throw new BodyLimitExceeded(declared);
    }
    const chunks = await readAll(response.body, maxBytes, signal);
    // The chunks as they came, in a stream of their own: not joined into one array and not wrapped as a
    // BufferSource, which undici copies again (together about twice the cost of parsing the page's JSON).
    body = new ReadableStream({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
  }
  const copy = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // A built Response has no URL of its own; keep the one the server answered at.
  Object.defineProperty(copy, "url", { value: response.url, enumerable: false });
  return copy;
}

/** Lets go of a body that will not be read, without waiting on the server. */
export function discard(response: Response): void {
  if (response.body && !response.bodyUsed) response.body.cancel().catch(() => {});
}

function declaredLength(headers: Headers): number | undefined {
  const encoding = headers.get("content-encoding")?.trim().toLowerCase();
  if (encoding && encoding !== "identity") return undefined;
  const value = headers.get("content-length")?.trim();
  return value && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

async function readAll(body: ReadableStream<Uint8Array>, maxBytes: number, signal: AbortSignal): Promise<Uint8Array[]> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      // The race, not only the fetch's signal: a stream from a custom fetch may not listen to it.
      const { done, value } = await abortable(reader.read(), signal);
      if (done) break;
      if (!ArrayBuffer.isView(value)) throw new TypeError("the response body yielded something other than bytes");
      total += value.byteLength;
      if (total > maxBytes) throw new BodyLimitExceeded(undefined);
      chunks.push(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    }
  } catch (error) {
    reader.cancel().catch(() => {});
    throw error;
  }
  return chunks;
}

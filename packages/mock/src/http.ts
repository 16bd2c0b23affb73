import type { IncomingMessage, ServerResponse } from "node:http";

/** One request as a provider handler sees it. */
export interface MockRequest {
  method: string;
  url: URL;
  /** The path as it arrived, still percent-encoded. */
  rawPath: string;
  headers: IncomingMessage["headers"];
  /** The body as UTF-8 text. */
  body: string;
  /** The body's bytes as they arrived (what a signature covers). */
  bytes: Buffer;
}

export function header(request: MockRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : value;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  contentType = "application/json",
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": contentType, "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Splits `/a/b%2Fc/d` into decoded segments, keeping an encoded `/` inside its segment. */
export function segments(rawPath: string): string[] {
  return rawPath
    .split("/")
    .slice(1)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}

/** Reads an integer query parameter: undefined when absent, NaN when malformed. */
export function intParam(url: URL, name: string): number | undefined {
  const value = url.searchParams.get(name);
  if (value === null) return undefined;
  return /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
}

/** Opaque cursors: the offset, base64url-encoded with a tag so that a foreign value is rejected. */
export function encodeCursor(tag: string, offset: number): string {
  return Buffer.from(`${tag}:${offset}`).toString("base64url");
}

export function decodeCursor(tag: string, cursor: string): number | undefined {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const match = new RegExp(`^${tag}:(\\d+)$`).exec(text);
  return match ? Number(match[1]) : undefined;
}

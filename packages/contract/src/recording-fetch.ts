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
    const bodyText = await response
      .clone()
      .text()
      .catch(() => "");
    let parsed: unknown = bodyText;
    try {
      parsed = bodyText === "" ? undefined : JSON.parse(bodyText);
    } catch {
      // Not JSON: the body is checked as the text it is.
    }
    exchange.response = { status: response.status, headers: new Headers(response.headers), body: parsed, bodyText };
    return response;
  };
}

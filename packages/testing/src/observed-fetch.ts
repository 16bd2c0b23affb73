/** A fetch that answers from a handler and records every request it saw (nothing is mocked below it). */
export interface ObservedFetch {
  (request: Request): Promise<Response>;
  readonly requests: Request[];
  /** The bodies of the requests, read as text when they were received. */
  readonly bodies: string[];
}

export type Handler = (request: Request, index: number) => Response | Promise<Response>;

export function observedFetch(handler: Handler): ObservedFetch {
  const requests: Request[] = [];
  const bodies: string[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const index = requests.length;
    requests.push(request.clone());
    bodies.push(await request.clone().text());
    return handler(request, index);
  };
  return Object.assign(fetch, { requests, bodies });
}

/** A JSON response. */
export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has("content-type")) headers.set("content-type", "application/json");
  return new Response(JSON.stringify(body), { ...init, headers });
}

/** Answers with the given responses in order (the last one repeats). */
export function sequence(...responses: (() => Response | Promise<Response>)[]): Handler {
  return (_request, index) => {
    const make = responses[Math.min(index, responses.length - 1)];
    if (!make) throw new Error("sequence() needs at least one response");
    return make();
  };
}

import type { FetchFn } from "@idp-sessions/core";

/** A fetch that remembers where its latest request went, for errors that say "could not reach <host>". */
export interface HostTracking {
  fetch: FetchFn;
  /** `tenant.auth0.com` or `127.0.0.1:8080`: the host only, never a path, query or credentials. */
  host(): string | undefined;
}

export function trackHost(): HostTracking {
  let host: string | undefined;
  return {
    fetch: (request) => {
      const url = new URL(request.url);
      host = url.port ? `${url.hostname}:${url.port}` : url.hostname;
      return globalThis.fetch(request);
    },
    host: () => host,
  };
}

/**
 * What the client does with a 3xx. No session API redirects a session call, so the policy is narrow:
 * follow a redirect only within the origin of the request (the credentials were meant for it), at most
 * MAX_REDIRECTS hops, and only when the method and body stay as they are: 307/308 for any method,
 * 301/302/303 only for GET and HEAD (fetch would turn a POST into a body-less GET). Everything else,
 * above all another origin or a downgrade to plain http, is refused before anything is sent there.
 */

/** The statuses fetch treats as redirects (Fetch standard, "redirect status"). */
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** Hops followed for one call, retries included. The Fetch standard allows 20, got 10; session APIs need none. */
export const MAX_REDIRECTS = 5;

export type RedirectDecision =
  | { readonly follow: true; readonly url: string }
  | { readonly follow: false; readonly reason: string; readonly targetOrigin?: string | undefined };

/** `scheme://host:port` with the port always written; never a path, query or credentials. */
export function originOf(url: URL): string {
  if (url.protocol !== "http:" && url.protocol !== "https:") return url.protocol;
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return `${url.protocol}//${url.hostname}:${port}`;
}

/**
 * The decision for a response to a request for `from`. Undefined when it is no redirect at all (another
 * status, or no Location: fetch then returns the response as it is, and so do we).
 */
export function redirectDecision(input: {
  from: string;
  location: string | null;
  status: number;
  method: string;
  /** Redirects already followed in this attempt. */
  hops: number;
}): RedirectDecision | undefined {
  if (!REDIRECT_STATUSES.has(input.status) || input.location === null) return undefined;
  const from = new URL(input.from);
  let target: URL;
  try {
    target = new URL(input.location, from);
  } catch {
    return { follow: false, reason: `the server redirected (HTTP ${input.status}) to a Location that is no URL` };
  }
  const targetOrigin = originOf(target);
  const refuse = (why: string): RedirectDecision => ({
    follow: false,
    targetOrigin,
    reason: `the server redirected (HTTP ${input.status}) ${why}`,
  });
  if (target.protocol !== "http:" && target.protocol !== "https:")
    return refuse(`to a ${target.protocol} URL; refused`);
  if (from.protocol === "https:" && target.protocol === "http:") {
    return refuse(`from https to plain http (${targetOrigin}); refused, nothing was sent there`);
  }
  if (targetOrigin !== originOf(from)) {
    return refuse(`to another origin (${targetOrigin}); refused, nothing was sent there`);
  }
  if (target.username || target.password) return refuse("to a URL that carries credentials; refused");
  if (input.hops >= MAX_REDIRECTS) return refuse(`more than ${MAX_REDIRECTS} times; stopped`);
  const method = input.method.toUpperCase();
  if (input.status !== 307 && input.status !== 308 && method !== "GET" && method !== "HEAD") {
    return refuse(`in answer to ${method}, which fetch would turn into a GET without its body; not followed`);
  }
  target.hash = "";
  return { follow: true, url: target.href };
}

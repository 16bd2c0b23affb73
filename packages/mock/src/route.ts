import { segments } from "./http.js";

/** One provider's routes as `pnpm generate` writes them from its spec (generated/routes.gen.ts). */
export interface Routes {
  readonly basePath: string;
  readonly operations: Readonly<Record<string, { readonly method: string; readonly path: string }>>;
}

export type RouteMatch =
  | { operation: string; params: Record<string, string> }
  /** No operation has this path (404), or one has it with another method (405). */
  | { status: 404 | 405 };

/**
 * The spec's operation a request is for, and its path parameters (percent-decoded, as `segments` reads
 * them), or why there is none. Each mock answers a miss in its provider's own words.
 */
export function matchRoute(routes: Routes, method: string, rawPath: string): RouteMatch {
  const parts = segments(rawPath);
  const base = routes.basePath === "" ? [] : segments(routes.basePath);
  if (base.some((segment, i) => parts[i] !== segment)) return { status: 404 };
  const rest = parts.slice(base.length);
  let status: 404 | 405 = 404;
  for (const [operation, route] of Object.entries(routes.operations)) {
    const template = segments(route.path);
    if (template.length !== rest.length) continue;
    const params: Record<string, string> = {};
    const same = template.every((segment, i) => {
      const value = rest[i] ?? "";
      const name = /^\{(.+)\}$/.exec(segment)?.[1];
      if (name === undefined) return segment === value;
      params[name] = value;
      return true;
    });
    if (!same) continue;
    if (route.method === method) return { operation, params };
    status = 405;
  }
  return { status };
}

/**
 * The methods of every operation whose path template matches `rawPath` (in spec order, each once): what
 * a CORS preflight for that path may be allowed. Empty when no operation has the path.
 */
export function routeMethods(routes: Routes, rawPath: string): string[] {
  const methods = new Set<string>();
  for (const route of Object.values(routes.operations)) {
    const match = matchRoute({ basePath: routes.basePath, operations: { route } }, route.method, rawPath);
    if ("operation" in match) methods.add(route.method);
  }
  return [...methods];
}

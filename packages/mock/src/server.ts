import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { answerPreflight, type CorsOption, type CorsPolicy, corsPolicy, setCorsHeaders } from "./cors.js";
import { applyFault, type Fault, parseFaultHeader } from "./faults.js";
import { ROUTES } from "./generated/routes.gen.js";
import type { MockRequest } from "./http.js";
import { type MockUser, PROVIDER_IDS, type ProviderContext, type ProviderId, type ProviderMock } from "./provider.js";
import { auth0Mock } from "./providers/auth0/index.js";
import { huaweiIdentityCenterMock } from "./providers/huawei-identitycenter/index.js";
import { monoCloudMock } from "./providers/monocloud/index.js";
import { oryKratosMock } from "./providers/ory-kratos/index.js";
import { zitadelMock } from "./providers/zitadel/index.js";
import type { RevokeFaults } from "./revoke-faults.js";
import { RevokeState } from "./revoke-state.js";
import type { Routes } from "./route.js";

export interface MockServerOptions<P extends ProviderId = ProviderId> {
  /** Seed of the generated data (default 42): the same seed gives the same users, ids and sessions. */
  seed?: number;
  usersPerProvider?: number;
  sessionsPerUser?: number;
  /** Start only these providers (default: all five). */
  providers?: readonly P[];
  /** Kratos requires the Ory Network bearer token (default true); false acts like a self-hosted admin API. */
  kratosAuth?: boolean;
  /** Huawei hands out temporary credentials, so requests need a signed `X-Security-Token` (default false). */
  huaweiTemporaryCredentials?: boolean;
  /** Session times are spread over the 30 days before this (default: the start of the current UTC hour). */
  referenceTime?: Date;
  /** Faults each server answers with, in order, before it answers normally. */
  faults?: Partial<Record<ProviderId, Fault[]>>;
  /** How each server's revoking operations misbehave (failing ids, survivors, late deletions); see RevokeFaults. */
  revokeFaults?: Partial<Record<ProviderId, RevokeFaults>>;
  /**
   * Answer CORS requests, so that a page from another origin can call the servers (default false: the
   * real admin APIs are not meant to be called from browsers). `true` allows any origin but `null`;
   * `{ origins }` only those listed (`"https://app.example"`). Preflights get 204 with the path's methods;
   * every answer to an allowed origin (errors and faults too) names it and exposes the headers the clients
   * read. Preflights take no queued fault and are not counted in `requestCount`.
   */
  cors?: CorsOption;
}

export interface MockProvider {
  /** What the provider's client takes as `baseUrl`, e.g. `http://127.0.0.1:54321/api/v2`. */
  baseUrl: string;
  /** The client options for authentication: `{ token }`, `{ apiKey }` or the Huawei key pair. */
  credentials: Record<string, string>;
  /**
   * Credentials in the same shape that may read sessions but not revoke them, where the provider has such
   * a permission: Auth0 (a token with `read:sessions` only), ZITADEL (a token without `session.delete`) and
   * Huawei (a key pair that may only list). Revoking with them answers the provider's 403.
   */
  readOnlyCredentials?: Record<string, string>;
  users: MockUser[];
  /** Replaces the revoke faults of this server (see RevokeFaults); `{}` ends them. */
  setRevokeFaults(faults: RevokeFaults): void;
  /** Queues faults: the next requests get them, one each, in order. */
  injectFaults(...faults: Fault[]): void;
  /** How many requests this server has answered (CORS preflights not counted). */
  readonly requestCount: number;
}

export interface MockServers<P extends ProviderId = ProviderId> {
  /** The started providers (all five, or those named in `providers`). */
  providers: Record<P, MockProvider>;
  /** Stops every server and ends open keep-alive connections. */
  close(): Promise<void>;
}

const FACTORIES: Record<ProviderId, (context: ProviderContext, state: RevokeState) => ProviderMock> = {
  "huawei-identitycenter": huaweiIdentityCenterMock,
  "ory-kratos": oryKratosMock,
  monocloud: monoCloudMock,
  auth0: auth0Mock,
  zitadel: zitadelMock,
};

function readRequest(req: IncomingMessage): Promise<MockRequest> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("error", reject);
    req.on("end", () => {
      const raw = req.url ?? "/";
      resolve({
        method: req.method ?? "GET",
        url: new URL(raw, "http://127.0.0.1"),
        rawPath: raw.split("?")[0] ?? "/",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        bytes: Buffer.concat(chunks),
      });
    });
  });
}

async function start(
  mock: ProviderMock,
  state: RevokeState,
  queued: Fault[],
  routes: Routes,
  cors: CorsPolicy | undefined,
): Promise<{ server: Server; provider: MockProvider }> {
  let requestCount = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const origin = cors?.allowed(req);
    const preflight = cors !== undefined && req.method === "OPTIONS" && !!req.headers["access-control-request-method"];
    if (cors) setCorsHeaders(res, origin);
    if (!preflight) requestCount++;
    void (async () => {
      const request = await readRequest(req);
      if (preflight && answerPreflight(req, res, origin, routes)) return;
      const fault = preflight
        ? undefined
        : (parseFaultHeader(request.headers["x-mock-fault"] as string | undefined) ?? queued.shift());
      if (fault && (await applyFault(fault, res, mock.errorBody))) return;
      await mock.handle(request, res);
    })().catch(() => {
      if (!res.headersSent) {
        const { body, contentType } = mock.errorBody(500);
        res.writeHead(500, { "content-type": contentType });
        res.end(JSON.stringify(body));
      } else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    provider: {
      baseUrl: `http://127.0.0.1:${port}${mock.basePath}`,
      credentials: mock.credentials,
      ...(mock.readOnlyCredentials ? { readOnlyCredentials: mock.readOnlyCredentials } : {}),
      users: mock.users,
      setRevokeFaults: (faults) => state.setFaults(faults),
      injectFaults: (...faults) => queued.push(...faults),
      get requestCount() {
        return requestCount;
      },
    },
  };
}

/** Starts one mock server per provider on 127.0.0.1, each on a port the OS picks. */
export async function startMockServers<P extends ProviderId = ProviderId>(
  options: MockServerOptions<P> = {},
): Promise<MockServers<P>> {
  const now = Date.now();
  const context: ProviderContext = {
    seed: options.seed ?? 42,
    usersPerProvider: options.usersPerProvider ?? 3,
    sessionsPerUser: options.sessionsPerUser ?? 25,
    referenceMs: options.referenceTime?.getTime() ?? now - (now % 3_600_000),
    kratosAuth: options.kratosAuth ?? true,
    huaweiTemporaryCredentials: options.huaweiTemporaryCredentials ?? false,
  };
  const ids = options.providers ?? (PROVIDER_IDS as readonly ProviderId[] as readonly P[]);
  const cors = corsPolicy(options.cors);
  const servers: Server[] = [];
  const providers = {} as Record<P, MockProvider>;
  try {
    for (const id of ids) {
      const state = new RevokeState(options.revokeFaults?.[id]);
      const faults = [...(options.faults?.[id] ?? [])];
      const { server, provider } = await start(FACTORIES[id](context, state), state, faults, ROUTES[id], cors);
      servers.push(server);
      providers[id] = provider;
    }
  } catch (error) {
    await closeAll(servers);
    throw error;
  }
  return { providers, close: () => closeAll(servers) };
}

async function closeAll(servers: Server[]): Promise<void> {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
}

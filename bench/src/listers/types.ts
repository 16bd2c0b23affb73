import type { MockProvider, ProviderId } from "@idp-sessions/mock";

/** Lists every session of the mock's first user; resolves to how many it saw. */
export type Lister = (mock: MockProvider, fetchImpl?: typeof fetch) => Promise<number>;

export type Listers = Record<ProviderId, Lister>;

import type { RevokeFailureStatus, RevokeFaults } from "./revoke-faults.js";

interface Mark {
  how: string;
  /** When the change shows in listings (later than now only with `listedForMs`). */
  listedUntil: number;
}

/**
 * What one server's revoking operations have changed, and the faults they answer with. One per server
 * (`startMockServers` makes it), so parallel tests do not see each other's revocations.
 */
export class RevokeState {
  private faults: RevokeFaults;
  private readonly marks = new Map<string, Mark>();

  constructor(faults: RevokeFaults = {}) {
    this.faults = faults;
  }

  setFaults(faults: RevokeFaults): void {
    this.faults = faults;
  }

  /** The status a revoke touching these sessions must answer, when one of them is set to fail. */
  failure(ids: readonly string[]): RevokeFailureStatus | undefined {
    for (const id of ids) {
      const status = this.faults.failing?.[id];
      if (status !== undefined) return status;
    }
    return undefined;
  }

  /**
   * Records the sessions as revoked (`how`: a provider's kind of revoking, e.g. "disabled"); survivors
   * stay untouched. `asynchronous`: listings show the change only after `listedForMs`.
   */
  revoke(ids: readonly string[], how = "deleted", asynchronous = false): void {
    const delay = asynchronous ? (this.faults.listedForMs ?? 0) : 0;
    for (const id of ids) {
      // A survivor stays as it was; a repeat keeps the first time (so that a repeat does not delay it again).
      if (this.faults.survivors?.includes(id) || this.marks.get(id)?.how === how) continue;
      this.marks.set(id, { how, listedUntil: Date.now() + delay });
    }
  }

  /** How the session was revoked, or undefined. `listed`: as a listing sees it (late with `listedForMs`). */
  how(id: string, listed = false): string | undefined {
    const mark = this.marks.get(id);
    if (!mark || (listed && mark.listedUntil > Date.now())) return undefined;
    return mark.how;
  }

  /** True until something is revoked: the listings then skip looking each session up. */
  get untouched(): boolean {
    return this.marks.size === 0;
  }
}

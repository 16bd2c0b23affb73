/**
 * The ids of a provider's generated sessions, rendered only when an operation needs one by id. A user's
 * ids are computed on first use; finding a session by id alone renders every user's once.
 */
export class SessionIndex {
  private readonly byUser = new Map<number, string[]>();
  private owners: Map<string, { user: number; index: number }> | undefined;

  constructor(
    private readonly users: number,
    private readonly count: number,
    private readonly idOf: (user: number, index: number) => string,
  ) {}

  idsOf(user: number): readonly string[] {
    let ids = this.byUser.get(user);
    if (!ids) {
      ids = Array.from({ length: this.count }, (_, index) => this.idOf(user, index));
      this.byUser.set(user, ids);
    }
    return ids;
  }

  /** The user and index of the session with this id, or undefined when no user has it. */
  find(id: string): { user: number; index: number } | undefined {
    if (!this.owners) {
      const owners = new Map<string, { user: number; index: number }>();
      for (let user = 0; user < this.users; user++) {
        for (const [index, sessionId] of this.idsOf(user).entries()) owners.set(sessionId, { user, index });
      }
      this.owners = owners;
    }
    return this.owners.get(id);
  }

  /** The index of this user's session with this id, or -1. */
  indexOf(user: number, id: string): number {
    return this.idsOf(user).indexOf(id);
  }
}

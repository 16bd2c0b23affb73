/** A status a failing revoke answers, with the provider's own error body for it. */
export type RevokeFailureStatus = 400 | 401 | 403 | 404 | 429 | 500 | 503;

/**
 * How a server's revoking operations misbehave, to test a client's revoke paths (a failure mid-way, a
 * verification that finds a survivor, an asynchronous 202). Set with the `revokeFaults` option or
 * `setRevokeFaults(...)`; it stays until replaced, so a client's retries meet the same answer.
 */
export interface RevokeFaults {
  /**
   * Session id → the status every revoke of that session answers; nothing is revoked by that request.
   * A bulk call that would end such a session (Auth0's and Kratos' delete-all, a Huawei batch naming it)
   * answers the status too and ends none. Pick a status the operation's spec documents.
   */
  failing?: Readonly<Record<string, RevokeFailureStatus>>;
  /** Sessions whose revoke answers success but which stay as they were: listed, found, active. */
  survivors?: readonly string[];
  /**
   * Milliseconds during which a revoked session is still listed after the success answer, as asynchronous
   * writes allow: Auth0 (202, also `GET /sessions/{id}` keeps finding it) and ZITADEL's search (its
   * GetSession is already a 404). The other providers' writes are synchronous and ignore it.
   */
  listedForMs?: number;
}

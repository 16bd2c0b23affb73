import {
  ConfigurationError,
  checkPathParam,
  type ErrorContext,
  forOperation,
  type PathParamsAs,
  passThroughQuery,
  sendRequest,
  sessionAt,
} from "@idp-sessions/core/internal";
import { ORY_KRATOS, type OryKratosClient } from "./client.js";
import { oryKratosErrors } from "./errors.js";
import { getSession as operation } from "./generated/operations.gen.js";
import type { OryKratosSessionExpand, OryKratosSessionLookup, operations } from "./types.js";

type PathOptions = typeof operation.pathOptions;
type SpecPath = operations["getSession"]["parameters"]["path"];
type SpecQuery = NonNullable<operations["getSession"]["parameters"]["query"]>;

/**
 * The session to get, under its option name (the path's `id` is `sessionId`), and `expand`, the spec's
 * query parameter: `["identity", "devices"]` (either or both) fills in what the listing always has.
 */
export type OryKratosGetSessionParams = PathParamsAs<PathOptions, SpecPath> &
  Pick<SpecQuery, (typeof operation.passThrough)[number]>;

/** The spec's `expand` values; a Record, so that a value added to or removed from the spec fails the type check. */
const EXPANDABLE: Readonly<Record<OryKratosSessionExpand, true>> = { identity: true, devices: true };

/**
 * One session by id (`GET /admin/sessions/{id}`), active or not: a disabled or expired session is found
 * with `active: false`; a deleted or unknown one is a NotFoundError. Without `expand`, Kratos sends
 * `identity: null` and `devices: []`; `expand` is sent only when given (`expand=identity&expand=devices`).
 */
export async function getSession(
  client: OryKratosClient,
  params: OryKratosGetSessionParams,
  options: { signal?: AbortSignal | undefined } = {},
): Promise<OryKratosSessionLookup> {
  const { context, options: policy } = forOperation(client, ORY_KRATOS, operation);
  const id = checkPathParam(context, "sessionId", params.sessionId, operation.parameters.id);
  const query = passThroughQuery(operation.passThrough, { expand: checkExpand(context, params.expand) });
  const { data } = await sendRequest(context, oryKratosErrors, () =>
    client.GET(operation.path, { params: { path: { id }, query }, signal: options.signal, ...policy }),
  );
  // Kratos parses the UUID and answers with its canonical (lowercase) form, whatever case was sent.
  return sessionAt<OryKratosSessionLookup>(context, operation.session, data, {
    path: operation.id,
    expected: id.toLowerCase(),
  });
}

/** `expand` as the spec allows it (Kratos answers 400 to any other value), checked before sending. */
function checkExpand(context: ErrorContext, expand: unknown): OryKratosSessionExpand[] | undefined {
  if (expand === undefined) return undefined;
  if (
    !Array.isArray(expand) ||
    !expand.every((value) => typeof value === "string" && Object.hasOwn(EXPANDABLE, value))
  ) {
    const allowed = Object.keys(EXPANDABLE).map((value) => `"${value}"`);
    throw new ConfigurationError(context, `expand must be an array of ${allowed.join(" and/or ")}`);
  }
  return expand;
}

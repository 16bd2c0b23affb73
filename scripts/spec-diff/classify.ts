/**
 * The classes of spec:diff (docs/spec-diff.md): what a change means for the packages' users, and the
 * changeset bump each class needs.
 */
export type ChangeClass = "breaking" | "additive" | "documentation";
export type Bump = "major" | "minor" | "patch";

/** Which version of the spec a pointer points into: removals point into the base, everything else the head. */
export type Side = "base" | "head";

export interface Change {
  class: ChangeClass;
  /** A JSON pointer (RFC 6901) into the spec at `side`: where the change is, after following `$ref`s. */
  pointer: string;
  side: Side;
  message: string;
}

/**
 * Which way data flows where a schema sits: a client sends a request (it may only get more permissive)
 * and receives a response (it may only get more specific).
 */
export type Direction = "request" | "response";

const CLASS_RANK: Record<ChangeClass, number> = { documentation: 0, additive: 1, breaking: 2 };
const BUMP_RANK: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };

export const bumpRank = (bump: Bump | undefined): number => (bump === undefined ? -1 : BUMP_RANK[bump]);

/** The strongest class among `changes`, or undefined when there are none. */
export function strongest(changes: readonly Change[]): ChangeClass | undefined {
  let top: ChangeClass | undefined;
  for (const change of changes) if (top === undefined || CLASS_RANK[change.class] > CLASS_RANK[top]) top = change.class;
  return top;
}

/** Breaking changes first, then additive, then documentation; in the order found within a class. */
export const sortByClass = (changes: readonly Change[]): Change[] =>
  [...changes].sort((a, b) => CLASS_RANK[b.class] - CLASS_RANK[a.class]);

/** The bump a class needs in a package at `version`: breaking is major, or minor while the version is 0.x. */
export function bumpFor(changeClass: ChangeClass, version: string): Bump {
  if (changeClass === "documentation") return "patch";
  if (changeClass === "additive") return "minor";
  return /^0\./.test(version) ? "minor" : "major";
}

/** Keywords that describe and never constrain: a change to one is documentation. */
export const ANNOTATIONS = new Set([
  "description",
  "summary",
  "title",
  "example",
  "examples",
  "$comment",
  "deprecated",
  "default",
  "externalDocs",
  "tags",
]);

/** Constraints that get tighter as the number goes down (`max*`) or up (`min*`). */
export const UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"] as const;
export const LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"] as const;

/**
 * A constraint got tighter (fewer values allowed) or looser. Tighter breaks what a client sends; looser
 * breaks what a client receives (its checks, and code that relied on the bound).
 */
export const byTightening = (direction: Direction, tighter: boolean): ChangeClass =>
  (direction === "request") === tighter ? "breaking" : "additive";

/**
 * Values added to a type (a union member, an enum value, a oneOf branch): a client may now send more
 * (additive) or must handle more (breaking). Values removed are a narrowed type: breaking either way.
 */
export const byWidening = (direction: Direction): ChangeClass => (direction === "request" ? "additive" : "breaking");

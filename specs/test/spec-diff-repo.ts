import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse, stringify } from "yaml";

/**
 * A temporary git repository for spec:diff's tests: two providers' specs (`acme`, its package at 0.3.0,
 * and `stable` at 1.2.0) and @idp-sessions/contract at 0.0.0 committed on `main`; each branch is one
 * commit on top of it.
 */
export const BASE_SPEC = `openapi: 3.1.0
info:
  title: Acme sessions
  version: 1.0.0
  description: |
    Acme's session API.

    ## Differences from the documentation

    1. **None yet.**
servers:
  - url: https://{tenant}.acme.test/api
    variables:
      tenant:
        default: demo
        x-idp-sessions: { option: domain }
security:
  - bearerAuth: []
paths:
  /users/{user_id}/sessions:
    get:
      operationId: listSessions
      summary: List a user's sessions
      x-idp-sessions: { role: list, retry: { safe: true, why: A read. } }
      parameters:
        - { name: user_id, in: path, required: true, schema: { type: string } }
        - { name: limit, in: query, description: Page size., schema: { type: integer, minimum: 1, maximum: 100 } }
        - { name: cursor, in: query, schema: { type: [string, integer], maxLength: 64 } }
        - { name: state, in: query, schema: { type: string, enum: [active, expired] } }
        - { name: q, in: query, schema: { type: string } }
      responses:
        "200":
          description: The sessions.
          content: { application/json: { schema: { $ref: "#/components/schemas/Page" } } }
    post:
      operationId: searchSessions
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [query]
              properties: { query: { type: string, maxLength: 100 }, limit: { type: integer } }
      responses:
        "200":
          description: The sessions found.
          content: { application/json: { schema: { $ref: "#/components/schemas/Page" } } }
  /sessions/{id}:
    delete:
      operationId: deleteSession
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        "204": { description: Deleted. }
components:
  schemas:
    Page:
      type: object
      required: [sessions]
      properties:
        sessions: { type: array, items: { $ref: "#/components/schemas/Session" } }
        next: { type: string }
    Session:
      type: object
      required: [id, status, created_at]
      properties:
        id: { type: string, example: s-1 }
        status: { type: string, enum: [active, expired] }
        created_at: { type: string, format: date-time }
        ip: { type: string }
  securitySchemes:
    bearerAuth: { type: http, scheme: bearer }
`;

/** An edit of a parsed spec: the path to a value and the new value (`undefined` deletes it). */
export type Edit = [path: (string | number)[], value: unknown];
type Container = Record<string | number, unknown>;

export function edited(text: string, edits: readonly Edit[]): string {
  const doc = parse(text) as Container;
  for (const [path, value] of edits) {
    const parent = path.slice(0, -1).reduce<Container>((node, k) => node[k] as Container, doc);
    const last = path[path.length - 1] ?? "";
    if (value === undefined) {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else parent[last] = value;
  }
  return stringify(doc);
}

export class FixtureRepo {
  readonly root = mkdtempSync(join(tmpdir(), "spec-diff-"));

  constructor() {
    this.git("init", "-q", "-b", "main");
    this.write("packages/acme/package.json", JSON.stringify({ name: "@idp-sessions/acme", version: "0.3.0" }));
    this.write("packages/stable/package.json", JSON.stringify({ name: "@idp-sessions/stable", version: "1.2.0" }));
    this.write("packages/contract/package.json", JSON.stringify({ name: "@idp-sessions/contract", version: "0.0.0" }));
    this.write("specs/acme.yaml", BASE_SPEC);
    this.write("specs/stable.yaml", BASE_SPEC);
    this.write(".changeset/README.md", "Changesets.\n");
    this.write(".changeset/old.md", '---\n"@idp-sessions/acme": major\n---\n\nAlready released.\n');
    this.commit("base");
  }

  git(...args: string[]): string {
    const config = ["-c", "user.name=t", "-c", "user.email=t@example.test", "-c", "commit.gpgsign=false"];
    return execFileSync("git", [...config, ...args], { cwd: this.root, encoding: "utf8" });
  }

  write(path: string, text: string): void {
    mkdirSync(dirname(join(this.root, path)), { recursive: true });
    writeFileSync(join(this.root, path), text);
  }

  commit(message: string): void {
    this.git("add", "--all");
    this.git("commit", "-q", "--allow-empty", "-m", message);
  }

  /** A branch from main with one commit: `acme.yaml` (or `spec`) edited, and the changesets given. */
  branch(name: string, edits: readonly Edit[], changesets: Record<string, string> = {}, spec = "acme"): string {
    this.git("checkout", "-q", "-B", name, "main");
    this.write(`specs/${spec}.yaml`, edited(BASE_SPEC, edits));
    for (const [file, releases] of Object.entries(changesets))
      this.write(`.changeset/${file}.md`, `---\n${releases}\n---\n\nA change.\n`);
    this.commit(name);
    return name;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

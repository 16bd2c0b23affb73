import { operationsOf, resolveResponse } from "../src/operation.js";
import { type ContractProvider, SPECS } from "../src/specs.js";

/** A response fixture as specs/fixtures has them, naming its operation. */
export interface OperationFixture {
  description: string;
  operation: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * One fixture per example of every response of the provider's operations other than the listing (whose
 * fixtures are in specs/fixtures), and one bodiless fixture per response that has no body (204, Huawei's 200).
 */
export function exampleFixtures(provider: ContractProvider): OperationFixture[] {
  const doc = SPECS[provider];
  return operationsOf(doc)
    .filter((op) => op.role !== "list")
    .flatMap((op) =>
      Object.entries(op.operation.responses).flatMap(([status, declared]): OperationFixture[] => {
        const { response } = resolveResponse(doc, declared, "");
        const base = { operation: op.id, status: Number(status) };
        const content = Object.entries(response.content ?? {});
        if (content.length === 0)
          return [{ ...base, description: `${op.id} ${status} without a body`, headers: {}, body: undefined }];
        return content.flatMap(([type, media]) =>
          Object.entries((media.examples ?? {}) as Record<string, { value?: unknown }>).map(([name, example]) => ({
            ...base,
            description: `${op.id} ${status} example ${name}`,
            headers: { "content-type": type },
            body: example.value,
          })),
        );
      }),
    );
}

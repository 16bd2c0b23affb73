/**
 * The parts of an OpenAPI 3.1 document the validator reads. (This describes the spec files themselves,
 * not any provider's wire format.)
 */
export type JsonSchema = { [key: string]: unknown };

/** Every object of the document may carry more members (descriptions, examples) than the validator reads. */
interface Open {
  [key: string]: unknown;
}

export interface MediaTypeObject extends Open {
  schema?: JsonSchema;
}

export interface HeaderObject extends Open {
  $ref?: string;
  required?: boolean;
  schema?: JsonSchema;
  content?: Record<string, MediaTypeObject>;
}

export interface ParameterObject extends Open {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: JsonSchema;
}

export interface ResponseObject extends Open {
  $ref?: string;
  headers?: Record<string, HeaderObject>;
  content?: Record<string, MediaTypeObject>;
}

export interface OperationObject extends Open {
  operationId?: string;
  /** A parameter, or a `$ref` to one in `components.parameters`. */
  parameters?: (ParameterObject | { $ref: string })[];
  requestBody?: Open & { required?: boolean; content?: Record<string, MediaTypeObject> };
  responses: Record<string, ResponseObject>;
  security?: Record<string, string[]>[];
}

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, OperationObject>>;
  components?: Open & {
    schemas?: Record<string, JsonSchema>;
    responses?: Record<string, ResponseObject>;
    headers?: Record<string, HeaderObject>;
    parameters?: Record<string, ParameterObject>;
    securitySchemes?: Record<string, Open & { type: string; in?: string; name?: string; scheme?: string }>;
  };
  security?: Record<string, string[]>[];
  [key: string]: unknown;
}

import { readFileSync } from 'node:fs';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import YAML from 'yaml';

export type Schema = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Schema;
}

/** One documented answer: the media types it may carry, each with the pointer to its schema. */
export type DocumentedResponse = Record<string, string | null>;

export interface Operation {
  /** "GET /v1/orders/{id}" */
  id: string;
  method: string;
  path: string;
  parameters: Parameter[];
  body: { mediaType: string; required: boolean; pointer: string; schema: Schema } | null;
  /** By status as written in the description: "200", "4XX", "default". */
  responses: Record<string, DocumentedResponse>;
  /** security: [] — served without an API key. */
  isPublic: boolean;
}

type Ajv = InstanceType<typeof Ajv2020.default>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const pointerSegment = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * openapi.yaml as the suite reads it: its operations, and Ajv (JSON Schema 2020-12, the dialect of
 * OpenAPI 3.1) holding the whole document so every schema is checked where it stands, `$ref`s and all.
 */
export class OpenApiDocument {
  readonly doc: Record<string, unknown>;
  readonly operations: Operation[] = [];
  /** Path template → the methods it documents, upper case. */
  readonly methodsByPath = new Map<string, string[]>();
  private readonly ajv: Ajv;
  /** Stops at the first error: enough to tell whether a drawn request breaks its schema. */
  private readonly quickAjv: Ajv;
  /** The same document with query-string coercion: "5" is an integer here, as it is on the wire. */
  private readonly queryAjv: Ajv;
  private readonly validators = new Map<Ajv, Map<string, ValidateFunction>>();
  private readonly parameterValidators = new WeakMap<Parameter, ValidateFunction>();

  constructor(file: URL) {
    this.doc = YAML.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const options = { strict: false, allErrors: true, validateSchema: false };
    this.ajv = new Ajv2020.default(options);
    this.quickAjv = new Ajv2020.default({ ...options, allErrors: false });
    this.queryAjv = new Ajv2020.default({ ...options, allErrors: false, coerceTypes: true });
    for (const ajv of [this.ajv, this.quickAjv, this.queryAjv]) {
      addFormats.default(ajv);
      ajv.addSchema(this.doc, 'openapi');
    }
    const paths = this.doc.paths as Record<string, Record<string, Record<string, unknown>>>;
    for (const [path, item] of Object.entries(paths)) {
      const methods: string[] = [];
      for (const [method, op] of Object.entries(item)) {
        if (!METHODS.includes(method)) continue;
        methods.push(method.toUpperCase());
        this.operations.push(this.operation(path, method, op));
      }
      this.methodsByPath.set(path, methods);
    }
  }

  private operation(path: string, method: string, op: Record<string, unknown>): Operation {
    const base = `/paths/${pointerSegment(path)}/${method}`;
    const parameters = ((op.parameters as Record<string, unknown>[] | undefined) ?? []).map((p) => ({
      name: p.name as string,
      in: p.in as Parameter['in'],
      required: p.required === true,
      schema: (p.schema as Schema | undefined) ?? {},
    }));
    const requestBody = op.requestBody as
      | { required?: boolean; content: Record<string, { schema?: Schema }> }
      | undefined;
    const [mediaType, media] = Object.entries(requestBody?.content ?? {})[0] ?? [];
    const responses: Record<string, DocumentedResponse> = {};
    for (const [status, response] of Object.entries(
      (op.responses as Record<string, { content?: Record<string, { schema?: Schema }> }>) ?? {},
    )) {
      responses[status] = Object.fromEntries(
        Object.entries(response.content ?? {}).map(([type, m]) => [
          type,
          m.schema ? `${base}/responses/${status}/content/${pointerSegment(type)}/schema` : null,
        ]),
      );
    }
    return {
      id: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      parameters,
      body:
        mediaType && media
          ? {
              mediaType,
              required: requestBody?.required === true,
              pointer: `${base}/requestBody/content/${pointerSegment(mediaType)}/schema`,
              schema: media.schema ?? {},
            }
          : null,
      responses,
      isPublic: Array.isArray(op.security) && op.security.length === 0,
    };
  }

  /** The schema at a JSON pointer of the document ("#/components/schemas/Problem" or "/paths/…"). */
  resolve(pointer: string): Schema {
    let node: unknown = this.doc;
    for (const raw of pointer.replace(/^#?\//, '').split('/')) {
      node = (node as Record<string, unknown>)[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return node as Schema;
  }

  /** Ajv's complaints about `value` against the schema at `pointer`; empty when it conforms. */
  errors(pointer: string, value: unknown): ErrorObject[] {
    const validate = this.validator(this.ajv, pointer);
    return validate(value) ? [] : [...(validate.errors ?? [])];
  }

  /** Whether `value` conforms to the schema at `pointer`. */
  accepts(pointer: string, value: unknown): boolean {
    return this.validator(this.quickAjv, pointer)(value);
  }

  /** Whether a query or path value, as the string that travels, fits the parameter's schema. */
  parameterFits(parameter: Parameter, value: string): boolean {
    let validate = this.parameterValidators.get(parameter);
    if (!validate) {
      validate = this.queryAjv.compile({ type: 'object', properties: { value: parameter.schema } });
      this.parameterValidators.set(parameter, validate);
    }
    return validate({ value });
  }

  private validator(ajv: Ajv, pointer: string): ValidateFunction {
    let compiled = this.validators.get(ajv);
    if (!compiled) {
      compiled = new Map();
      this.validators.set(ajv, compiled);
    }
    let validate = compiled.get(pointer);
    if (!validate) {
      validate = ajv.getSchema(`openapi#${encodeURI(pointer.replace(/^#/, ''))}`);
      if (!validate) throw new Error(`openapi.yaml has no schema at ${pointer}`);
      compiled.set(pointer, validate);
    }
    return validate;
  }
}

export const describeErrors = (errors: ErrorObject[]) =>
  errors
    .slice(0, 6)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword}`)
    .join('; ') + (errors.length > 6 ? `; … ${errors.length - 6} more` : '');

/**
 * Fastify validator compiler for TypeBox schemas. Like the type provider's own compiler, but it
 * never converts values: every query, path and header field of this API is a string already, and
 * skipping Value.Convert saves work on the hottest route (the page-thread read). Bodies are
 * checked as sent: no coercion, no removal of unknown fields.
 *
 * Each failure carries TypeBox's ajv-style error plus, when the failing schema states one, its
 * `errorMessage` option (see src/shared/annotations.ts): messages live with the schemas they
 * explain, and validationMessages.ts turns the rest into sentences.
 */
import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import type { ValidationIssue } from './validationMessages';

/**
 * The subschema a JSON pointer such as `#/properties/target/properties/page` names, or undefined.
 *
 * @param root - the compiled route schema
 * @param pointer - the error's `schemaPath` (RFC 6901, as a URI fragment)
 */
export function schemaAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const raw of pointer.replace(/^#\/?/, '').split('/')) {
    if (raw === '') continue;
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

/** The `errorMessage` option of the schema an error points at, if it has one. */
function statedMessage(root: unknown, schemaPath: string): string | undefined {
  const schema = schemaAt(root, schemaPath);
  const message = (schema as { errorMessage?: unknown } | undefined)?.errorMessage;
  return typeof message === 'string' ? message : undefined;
}

/**
 * Where a schema has a `pattern` or a union (`anyOf`) without an `errorMessage`: JSON pointers,
 * empty when none. Alone, they would reach the client as "must match the pattern ^[0-9]{1,6}$" or
 * one sentence per branch of the union, which no reader can act on, so the compiler refuses such
 * a schema when the route is registered.
 */
export function unexplainedPatterns(schema: unknown, pointer = '#'): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const explained = typeof node.errorMessage === 'string';
  const here = (typeof node.pattern === 'string' || Array.isArray(node.anyOf)) && !explained ? [pointer] : [];
  return here.concat(
    ...Object.entries(node).map(([key, child]) =>
      unexplainedPatterns(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`),
    ),
  );
}

/**
 * Compiled checks by schema object. Route schemas are module constants, so each is compiled once
 * per process however many apps are built from them (the service tests build about 150).
 */
const compiledChecks = new WeakMap<TSchema, ReturnType<typeof Compile>>();

/** Compiles each route schema once; failures carry TypeBox's errors with the schemas' own messages. */
export const validatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema }) => {
  let check = compiledChecks.get(schema);
  if (!check) {
    const unexplained = unexplainedPatterns(schema);
    if (unexplained.length > 0) {
      throw new Error(
        `Route schema pattern(s) or union(s) at ${unexplained.join(', ')} state no errorMessage: ` +
          'add one saying what a valid value looks like.',
      );
    }
    compiledChecks.set(schema, (check = Compile(schema)));
  }
  return (value: unknown) => {
    if (check.Check(value)) return { value };
    const issues: ValidationIssue[] = check.Errors(value).map((error) => {
      const stated =
        error.keyword === 'pattern' || error.keyword === 'anyOf' ? statedMessage(schema, error.schemaPath) : undefined;
      return stated === undefined ? error : { ...error, statedMessage: stated };
    });
    return { error: issues as unknown as FastifySchemaValidationError[] };
  };
};

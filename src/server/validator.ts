/**
 * Fastify validator compiler for TypeBox schemas. Like the type provider's own compiler, but it
 * never converts values: every query, path and header field of this API is a string already, and
 * skipping Value.Convert saves work on the hottest route (the page-thread read). Bodies are
 * checked as sent: no coercion, no removal of unknown fields.
 */
import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';

/** Compiles each route schema once; failures carry TypeBox's ajv-style errors (see validationMessages.ts). */
export const validatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema }) => {
  const check = Compile(schema);
  return (value: unknown) =>
    check.Check(value) ? { value } : { error: check.Errors(value) as unknown as FastifySchemaValidationError[] };
};

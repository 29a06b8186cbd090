/**
 * Fastify serializer compiler: fast-json-stringify, as Fastify's default, with each response schema
 * compiled once per process. Response schemas are module constants; compiling them was a fifth of
 * the cost of building an app, which the service tests do about 150 times.
 */
import type { FastifySerializerCompiler } from 'fastify';
import fastJsonStringify from 'fast-json-stringify';
import type { TSchema } from 'typebox';

const compiledSerializers = new WeakMap<TSchema, (value: unknown) => string>();

/** Compiles each response schema once (no shared `$ref` schemas are registered in this service). */
export const serializerCompiler: FastifySerializerCompiler<TSchema> = ({ schema }) => {
  let serialize = compiledSerializers.get(schema);
  if (!serialize) compiledSerializers.set(schema, (serialize = fastJsonStringify(schema)));
  return serialize;
};

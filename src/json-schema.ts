/**
 * JSON Schema (draft 2020-12) of what zhibiao emits, generated from the zod schemas
 * so the two can never drift apart.
 */
import { z } from 'zod';
import { DocumentResultSchema, IndicatorRecordSchema } from './schema.js';

/** A JSON Schema document: a plain JSON object. */
export type JsonSchema = Record<string, unknown>;

/** The JSON Schema of one indicator record (one line of `zhibiao extract` JSONL output). */
export function recordJsonSchema(): JsonSchema {
  return withId(z.toJSONSchema(IndicatorRecordSchema, { target: 'draft-2020-12' }), 'IndicatorRecord');
}

/** The JSON Schema of a DocumentResult (what `extractDocument` and `extractMany` give). */
export function resultJsonSchema(): JsonSchema {
  return withId(z.toJSONSchema(DocumentResultSchema, { target: 'draft-2020-12' }), 'DocumentResult');
}

function withId(schema: JsonSchema, title: string): JsonSchema {
  return { ...schema, title };
}

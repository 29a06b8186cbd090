/**
 * Schema validation errors (TypeBox, ajv-style) turned into sentences a person can act on:
 * "body: must be at most 5000 characters", "Unknown field \"foo\": remove it". What a pattern
 * means is stated on the schema itself (its `errorMessage` option, src/shared/annotations.ts),
 * so each sentence is written once, next to the rule it explains.
 */
import type { FieldErrorResponse } from '../shared/annotations';
import type { ErrorCode, ErrorParams } from '../shared/errorCodes';

/** The parts of a validation error we read. */
export interface ValidationIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
  /** The failing schema's own `errorMessage`, attached by validator.ts. */
  statedMessage?: string;
}

// Query, params and body fields have distinct names: the field alone reads best in a message.
const fieldName = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');

/** A field's problem: the English sentence, and the code the browser says it with in the reader's language. */
interface Described {
  message: string;
  code?: ErrorCode;
  params?: ErrorParams;
}

/**
 * The keywords a reader can meet through the site's forms and filters get a code with the
 * schema's numbers as params (the rest concern scripts, and keep their English sentence only).
 */
function coded(issue: ValidationIssue): Described {
  const p = issue.params;
  const message = sentence(issue);
  const limit = Number(p.limit);
  switch (issue.keyword) {
    case 'maxLength':
      return { message, code: 'tooLong', params: { limit } };
    case 'minLength':
      return limit === 1 ? { message, code: 'noVisibleText' } : { message, code: 'tooShort', params: { limit } };
    case 'enum':
    case 'const':
      return { message, code: 'notOneOf', params: { values: allowedValues(p).join(', ') } };
    case 'pattern':
      // The one pattern of a reader's text: `VisibleText`'s "\S" (src/shared/annotations.ts).
      return p.pattern === '\\S' ? { message, code: 'noVisibleText' } : { message };
    default:
      return { message };
  }
}

const allowedValues = (p: Record<string, unknown>) => ((p.allowedValues as unknown[]) ?? [p.allowedValue]).map(String);

function sentence(issue: ValidationIssue): string {
  const p = issue.params;
  switch (issue.keyword) {
    case 'maxLength':
      return `must be at most ${String(p.limit)} characters`;
    case 'minLength':
      return p.limit === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters`;
    case 'maxItems':
      return `must have at most ${String(p.limit)} items`;
    case 'minItems':
      return `must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'uniqueItems':
      return 'must not repeat an item';
    case 'minProperties':
      return 'must contain at least one field to change';
    case 'minimum':
      return `must be at least ${String(p.limit)}`;
    case 'maximum':
      return `must be at most ${String(p.limit)}`;
    case 'enum':
    case 'const':
      return `must be one of: ${allowedValues(p).join(', ')}`;
    case 'type':
      return `must be ${/^[aeiou]/.test(String(p.type)) ? 'an' : 'a'} ${String(p.type)}`;
    case 'pattern':
      return issue.statedMessage ?? `must match the pattern ${String(p.pattern)}`;
    case 'anyOf':
      return issue.statedMessage ?? 'is none of the accepted forms';
    case 'format':
      return `must be a valid ${String(p.format)}`;
    default:
      return issue.message ?? 'is invalid';
  }
}

/** The whole list as one sentence for ErrorResponse.message. */
export function summarise(fields: readonly { field: string; message: string }[]): string {
  return fields
    .map((f) => (f.field && !f.message.startsWith('Unknown field') ? `${f.field}: ${f.message}` : f.message))
    .join('; ');
}

/** One entry per problem, with the dotted field name ('' for the whole body) and, where a reader can meet it, a code. */
export function describeValidation(issues: readonly ValidationIssue[]): FieldErrorResponse[] {
  const out: FieldErrorResponse[] = [];
  const seen = new Set<string>();
  const add = (field: string, message: string, code?: Described) => {
    const key = `${field}\0${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      field,
      message,
      ...(code?.code ? { code: code.code } : {}),
      ...(code?.params ? { params: code.params } : {}),
    });
  };
  // A value that fits no branch of a union gets the union's own sentence, not one per branch.
  const unions = new Set(issues.filter((issue) => issue.keyword === 'anyOf').map((issue) => issue.instancePath));
  for (const issue of issues) {
    if (unions.has(issue.instancePath) && issue.keyword !== 'anyOf') continue;
    const at = fieldName(issue.instancePath);
    if (issue.keyword === 'required') {
      for (const name of (issue.params.requiredProperties as string[] | undefined) ?? [])
        add(at ? `${at}.${name}` : name, 'is required', { message: 'is required', code: 'required' });
    } else if (issue.keyword === 'additionalProperties') {
      for (const name of (issue.params.additionalProperties as string[] | undefined) ?? []) {
        add(at ? `${at}.${name}` : name, `Unknown field "${name}": remove it`);
      }
    } else if (issue.keyword === 'boolean') {
      // "schema is false" for an unknown field: already reported by additionalProperties.
    } else {
      const described = coded(issue);
      add(at, described.message, described);
    }
  }
  return out;
}

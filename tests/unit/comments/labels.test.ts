/**
 * The comment UI's English labels are written out as static translate() calls (so translations
 * can be extracted); this keeps them equal to the wire contract's labels, value by value.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMENT_TYPES, FEEDBACK_FOCUS, STAKEHOLDERS, VISIBILITIES } from '../../../src/shared/annotations';

const source = readFileSync(new URL('../../../src/components/Comments/labels.ts', import.meta.url), 'utf8');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each([
  ['stakeholder', STAKEHOLDERS],
  ['focus', FEEDBACK_FOCUS],
  ['type', COMMENT_TYPES],
  ['visibility', VISIBILITIES],
] as const)('%s labels', (group, labels) => {
  it.each(Object.entries(labels))('%s is labelled as in the contract', (key, label) => {
    expect(source).toMatch(new RegExp(`id: 'comments\\.${group}\\.${escape(key)}',\\s*message: '${escape(label)}'`));
  });
});

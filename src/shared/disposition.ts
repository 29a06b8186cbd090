/**
 * Editors' dispositions of comments, as every reader sees them. A module of its own (depending
 * only on TypeBox) because both the comment contract (`annotations.ts`: a published comment carries
 * its disposition) and the feedback-loop contract (`feedback.ts`) use it.
 *
 * Pure: no DOM, no Node APIs.
 */
import Type, { type Static } from 'typebox';
import { DISPOSITIONS, type DispositionValue } from './feedbackFields';

export const Disposition = Type.Enum(Object.keys(DISPOSITIONS) as DispositionValue[]);

/** The disposition as every reader sees it (who decided stays with the editors). */
export const PublicDisposition = Type.Object({
  disposition: Disposition,
  response: Type.String(),
  release: Type.Optional(Type.String()),
  /** Id of the comment this one duplicates. */
  duplicateOf: Type.Optional(Type.String()),
  decidedAt: Type.String({ format: 'date-time' }),
});
export type PublicDisposition = Static<typeof PublicDisposition>;

/**
 * Input from the floor in the moderation queue (src/components/Moderation/ModerationItem.tsx): it is
 * stored on the input page under a focus area's id, which is no paragraph of the block register, and
 * must be shown as input from the floor, not as a comment whose paragraph has gone.
 */
import { describe, expect, it } from 'vitest';
import { EVENT_INPUT_PATH, EVENT_PATH, floorFocusOf, focusParagraphId } from '../../../src/shared/event';

describe('floorFocusOf', () => {
  it('is the focus area of input from the floor', () => {
    expect(floorFocusOf({ page: EVENT_INPUT_PATH, paragraphId: 'focus-b' })).toBe('b');
    expect(floorFocusOf({ page: EVENT_INPUT_PATH, paragraphId: focusParagraphId('c') })).toBe('c');
  });

  it('is nothing for a comment on a page of the site, or for an id no focus area has', () => {
    expect(floorFocusOf({ page: '/docs/definition', paragraphId: 'focus-b' })).toBeUndefined();
    expect(floorFocusOf({ page: EVENT_PATH, paragraphId: 'focus-a' })).toBeUndefined();
    expect(floorFocusOf({ page: EVENT_INPUT_PATH, paragraphId: 'focus-z' })).toBeUndefined();
  });
});

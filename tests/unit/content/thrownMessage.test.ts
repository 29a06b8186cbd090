/** The text shown or logged for a thrown value (src/shared/thrownMessage.ts). */
import { describe, expect, it } from 'vitest';
import { thrownMessage } from '../../../src/shared/thrownMessage';

describe('thrownMessage', () => {
  it('is an Error’s own message, or the thrown value as text', () => {
    expect(thrownMessage(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
    expect(thrownMessage('worker script failed')).toBe('worker script failed');
    expect(thrownMessage(undefined)).toBe('undefined');
    expect(thrownMessage({ toString: () => 'odd value' })).toBe('odd value');
  });
});

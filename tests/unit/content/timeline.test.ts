/**
 * The background timeline's data: in date order, every date well formed, every cited source in
 * the register, and the two known conflicts stated where readers meet them.
 */
import { describe, expect, it } from 'vitest';
import { CONFIDENCES, TIMELINE_EVENTS } from '../../../src/components/Timeline/events';
import { SOURCES } from '../../../src/data/sources';
import { PARAGRAPH_ID_PATTERN } from '../../../src/shared/paragraphId';

const sourceIds = new Set(SOURCES.map((source) => source.id));
const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isCalendarDate(date: string): boolean {
  const match = PARTIAL_ISO.exec(date);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day) {
    const parsed = new Date(`${year}-${month}-${day}T00:00:00Z`);
    return parsed.getUTCDate() === Number(day);
  }
  return true;
}

describe('timeline events', () => {
  it('has events', () => {
    expect(TIMELINE_EVENTS.length).toBeGreaterThan(10);
  });

  it('are sorted by date (a partial date sorts before the full dates it contains)', () => {
    const dates = TIMELINE_EVENTS.map((event) => event.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('run from 2022 to 2026', () => {
    expect(TIMELINE_EVENTS[0]?.date.startsWith('2022')).toBe(true);
    expect(TIMELINE_EVENTS.at(-1)?.date.startsWith('2026')).toBe(true);
  });

  it.each(TIMELINE_EVENTS.map((event) => [event.id, event] as const))('%s is well formed', (_id, event) => {
    expect(
      isCalendarDate(event.date),
      `date "${event.date}" must be an ISO date such as 2024, 2024-02 or 2024-02-26`,
    ).toBe(true);
    expect(event.dateLabel.length).toBeGreaterThan(3);
    expect(event.id).toMatch(PARAGRAPH_ID_PATTERN);
    expect(
      event.id.startsWith('event-'),
      'event ids start with "event-" so they never look like paragraph numbers',
    ).toBe(true);
    expect(CONFIDENCES).toContain(event.confidence);
    expect(event.sources.length, 'every event needs at least one source').toBeGreaterThan(0);
    for (const id of [...event.sources, ...(event.noteSources ?? [])]) {
      expect(sourceIds.has(id), `source "${id}" is not in src/data/sources.ts`).toBe(true);
    }
    if (event.more) expect(event.more.to.startsWith('/')).toBe(true);
  });

  it('has unique ids', () => {
    const ids = TIMELINE_EVENTS.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('dates the endorsement to the 56th session (March 2025) and notes the conflicting 2024 claim', () => {
    const endorsement = TIMELINE_EVENTS.find((event) => event.id === 'event-2025-endorsement');
    expect(endorsement?.date).toBe('2025-03-04');
    expect(endorsement?.noteSources).toContain('gpsdd-legitimate-source');
    const session55 = TIMELINE_EVENTS.find((event) => event.id === 'event-2024-55th-session');
    expect(session55?.title).not.toMatch(/endorse/i);
    expect(session55?.noteSources).toContain('gpsdd-legitimate-source');
  });

  it('shows both dates of the Copenhagen meeting', () => {
    const copenhagen = TIMELINE_EVENTS.find((event) => event.id === 'event-2023-copenhagen-egm');
    expect(copenhagen?.note).toMatch(/28–29 September/);
    expect(copenhagen?.note).toMatch(/27–29 September/);
  });

  it('marks the uncorroborated side event as unverified', () => {
    const sideEvent = TIMELINE_EVENTS.find((event) => event.id === 'event-2024-side-event');
    expect(sideEvent?.confidence).toBe('unverified');
  });
});

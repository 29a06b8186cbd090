/**
 * Consultation rounds: which round governs a paragraph, and whether commenting on it is open.
 *
 * A round covers the whole Framework (no page), one page, or one section of a page (its top-level
 * heading). The most specific level that has any round decides: a closed section stays closed
 * while its page's round is open. At that level the paragraph is open while one of the rounds is
 * open (opensAt ≤ now < closesAt); otherwise it is closed (the latest round that closed) or not yet
 * open (the next round to open). A paragraph no round covers is open, outside any round.
 */
import type { ParagraphRound, Round, RoundState } from '../../shared/feedback';
import { normalizeRoutePath } from '../../shared/blockRegister';
import { HttpError } from '../errors';
import type { StoredRound } from '../repository';

export function roundState(round: StoredRound, now: Date): RoundState {
  const t = now.getTime();
  if (Date.parse(round.opensAt) > t) return 'upcoming';
  if (round.closesAt !== undefined && Date.parse(round.closesAt) <= t) return 'closed';
  return 'open';
}

/** The public view of a round. */
export function toRoundView(round: StoredRound, now: Date): Round {
  const view: Round = { id: round.id, name: round.name, opensAt: round.opensAt, state: roundState(round, now) };
  if (round.page !== undefined) view.page = round.page;
  if (round.section !== undefined) view.section = round.section;
  if (round.closesAt !== undefined) view.closesAt = round.closesAt;
  return view;
}

const level = (round: StoredRound, page: string, section: string | undefined): number => {
  if (round.page === undefined) return 1;
  if (normalizeRoutePath(round.page) !== page) return 0;
  if (round.section === undefined) return 2;
  return round.section === section ? 3 : 0;
};

/**
 * The round deciding whether a paragraph on `page` in `section` (its top-level heading, if known)
 * takes comments now, or undefined when no round covers it.
 */
export function governingRound(
  rounds: readonly StoredRound[],
  page: string,
  section: string | undefined,
  now: Date,
): ParagraphRound | undefined {
  const path = normalizeRoutePath(page);
  const levels = rounds.map((r) => level(r, path, section));
  const top = Math.max(0, ...levels);
  if (top === 0) return undefined;
  const candidates = rounds.filter((_, i) => levels[i] === top);
  const withState = candidates.map((round) => ({ round, state: roundState(round, now) }));
  const open = withState.filter((c) => c.state === 'open');
  const closed = withState.filter((c) => c.state === 'closed');
  const pick =
    open.at(-1) ??
    closed.sort((a, b) => Date.parse(a.round.closesAt ?? '') - Date.parse(b.round.closesAt ?? '')).at(-1) ??
    withState.sort((a, b) => Date.parse(a.round.opensAt) - Date.parse(b.round.opensAt))[0];
  if (!pick) return undefined;
  const view: ParagraphRound = {
    roundId: pick.round.id,
    roundName: pick.round.name,
    state: pick.state,
    opensAt: pick.round.opensAt,
  };
  if (pick.round.closesAt !== undefined) view.closesAt = pick.round.closesAt;
  return view;
}

const day = (iso: string) => iso.slice(0, 10);

/** Throws 409 when `governing` does not take comments now; returns the open round's id, if any. */
export function requireOpen(governing: ParagraphRound | undefined): string | undefined {
  if (!governing || governing.state === 'open') return governing?.roundId;
  if (governing.state === 'upcoming') {
    throw HttpError.conflict(
      `Commenting on this part of the Framework opens on ${day(governing.opensAt)} ("${governing.roundName}"); ` +
        'please come back then.',
      { code: 'roundUpcoming', params: { date: day(governing.opensAt), round: governing.roundName } },
    );
  }
  throw HttpError.conflict(
    `Commenting on this part of the Framework closed on ${day(governing.closesAt ?? governing.opensAt)} ` +
      `("${governing.roundName}"): its comments are kept read-only, and no comment, reply or edit can be added.`,
    { code: 'roundClosed', params: { date: day(governing.closesAt ?? governing.opensAt), round: governing.roundName } },
  );
}

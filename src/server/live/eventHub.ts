/**
 * The presenter view's live state: approved input from the floor, how much was received, and the
 * game's tally, pushed to every connected projector as server-sent events.
 *
 * The state is recomputed from the database whenever the input page's threads are invalidated
 * (a new input, an approval: PageCache.onInvalidate hears this instance's changes and, through
 * the live bus, every other instance's), so a projector connected to any instance sees an
 * approval made through any other. Recomputations are coalesced: while one runs, further changes
 * only mark the state dirty, and one more run follows.
 *
 * Game answers are counted in memory on every instance (each answer travels on the bus); they are
 * anonymous: a per-game random id stands for the phone, so one phone counts once per card and a
 * changed answer replaces the earlier one. A restarted instance starts its tally from zero.
 */
import { createHmac, randomBytes } from 'node:crypto';
import {
  EVENT_INPUT_PATH,
  FOCUS_AREAS,
  GAME_ANSWERS,
  type EventState,
  type FloorItem,
  type GameAnswer,
  type GameTally,
} from '../../shared/event';
import { GAME_CARDS } from '../../shared/game/cards';
import type { PageCache } from '../pageCache';
import type { AnnotationRepository, StoredAnnotation } from '../repository';
import type { LiveBus, LiveMessage } from './bus';

/** A connected stream: gets every new state. */
export type StateListener = (state: EventState) => void;

const letterOf = (focus: string) =>
  (Object.entries(FOCUS_AREAS).find(([, value]) => value === focus)?.[0] ?? 'a') as FloorItem['focus'];

/** An approved input as the projector shows it (plain text; the page escapes it). */
export function toFloorItem(a: StoredAnnotation): FloorItem {
  return { id: a.id, focus: letterOf(a.focus), text: a.body, name: a.authorName, createdAt: a.createdAt };
}

export class EventHub {
  private state: EventState | undefined;
  private readonly listeners = new Set<StateListener>();
  private refreshing: Promise<void> | undefined;
  private dirty = false;
  /** card id → anonymous device id → answer. */
  private readonly answers = new Map<string, Map<string, GameAnswer>>();
  /** Per-game salt: device ids in tallies cannot be linked to device tokens or across games. */
  private salt = randomBytes(16).toString('base64url');
  private readonly stop: (() => void)[] = [];

  constructor(
    private readonly repository: AnnotationRepository,
    pageCache: PageCache,
    private readonly bus: LiveBus,
  ) {
    this.stop.push(
      pageCache.onInvalidate((page) => {
        if (page === undefined || page === EVENT_INPUT_PATH) this.refresh();
      }),
      bus.subscribe((message) => this.receive(message)),
    );
  }

  /** The current state (computed on first use). */
  async current(): Promise<EventState> {
    if (!this.state) await this.recompute();
    return this.state!;
  }

  /** Hears every new state; returns an unsubscribe function. */
  subscribe(listener: StateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get connections(): number {
    return this.listeners.size;
  }

  /** Records one phone's answer to a card and tells the other instances. */
  async answer(deviceId: string, card: string, answer: GameAnswer): Promise<void> {
    const device = createHmac('sha256', this.salt).update(deviceId).digest('base64url').slice(0, 16);
    this.applyAnswer(card, device, answer);
    await this.bus.publish({ type: 'game-answer', card, device, answer });
  }

  /** Clears the tally here and everywhere (a new game). */
  async resetGame(): Promise<void> {
    this.applyReset();
    await this.bus.publish({ type: 'game-reset' });
  }

  close(): void {
    for (const stop of this.stop) stop();
    this.listeners.clear();
  }

  private receive(message: LiveMessage): void {
    if (message.type === 'game-answer') this.applyAnswer(message.card, message.device, message.answer as GameAnswer);
    else if (message.type === 'game-reset') this.applyReset();
  }

  private applyAnswer(card: string, device: string, answer: GameAnswer): void {
    if (!GAME_CARDS.some((c) => c.id === card) || !GAME_ANSWERS.includes(answer)) return;
    let byDevice = this.answers.get(card);
    if (!byDevice) this.answers.set(card, (byDevice = new Map()));
    byDevice.set(device, answer);
    this.publishTally();
  }

  private applyReset(): void {
    this.answers.clear();
    this.salt = randomBytes(16).toString('base64url');
    this.publishTally();
  }

  private tally(): GameTally {
    const tally: GameTally = {};
    for (const card of GAME_CARDS) {
      const counts = { yes: 0, no: 0, 'cannot-tell': 0 };
      for (const answer of this.answers.get(card.id)?.values() ?? []) counts[answer] += 1;
      tally[card.id] = counts;
    }
    return tally;
  }

  private publishTally(): void {
    if (!this.state) return;
    this.emit({ ...this.state, tally: this.tally() });
  }

  private emit(state: EventState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }

  /** Recomputes soon; concurrent calls coalesce into at most one more run. */
  private refresh(): void {
    if (this.refreshing) {
      this.dirty = true;
      return;
    }
    this.refreshing = this.recompute()
      .catch(() => undefined)
      .finally(() => {
        this.refreshing = undefined;
        if (this.dirty) {
          this.dirty = false;
          this.refresh();
        }
      });
  }

  private async recompute(): Promise<void> {
    const all = await this.repository.list({ page: EVENT_INPUT_PATH });
    const approved = all.filter((a) => a.status === 'approved' && a.visibility === 'public').map(toFloorItem);
    const received = all.filter((a) => a.status !== 'spam').length;
    this.emit({ approved, received, tally: this.tally() });
  }

  /** Resolves when no recomputation is running (tests). */
  async settled(): Promise<void> {
    while (this.refreshing) await this.refreshing;
  }
}

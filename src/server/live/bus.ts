/**
 * The live bus: how one instance tells the others that something changed. On SQLite there is one
 * process, so the bus is local and publishing is a no-op for others; on PostgreSQL every instance
 * LISTENs on one channel and publishes with NOTIFY, so a comment approved through instance A
 * drops the page-thread cache of instance B and reaches presenter views connected to B at once,
 * instead of after a cache expiry.
 *
 * Messages are small JSON objects (NOTIFY payloads must stay under 8000 bytes); each carries the
 * sending instance's id, and an instance ignores its own (it has already acted on them locally).
 * After the listening connection drops and comes back, listeners get `{ type: 'resync' }`: messages
 * sent meanwhile were lost, so caches start afresh.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** What crosses instances. */
export type LiveMessage =
  /** A page's comment threads changed (null: any page, e.g. a bulk moderation decision). */
  | { type: 'invalidate'; page: string | null }
  /** One anonymous game answer: `device` is an opaque per-game id, never the device token. */
  | { type: 'game-answer'; card: string; device: string; answer: string }
  /** The game's tally was reset by a moderator. */
  | { type: 'game-reset' }
  /** The bus reconnected: anything may have changed meanwhile. */
  | { type: 'resync' };

export type LiveListener = (message: LiveMessage) => void;

export interface LiveBus {
  /** Tells the other instances (never this one). */
  publish(message: LiveMessage): Promise<void>;
  /** Messages from other instances; returns an unsubscribe function. */
  subscribe(listener: LiveListener): () => void;
  /** Resolves after the first attempt to connect (PostgreSQL: LISTEN is in place unless it failed and was reported). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** One process: nobody else to tell. */
export class LocalBus implements LiveBus {
  async publish(): Promise<void> {}
  subscribe(): () => void {
    return () => undefined;
  }
  async ready(): Promise<void> {}
  async close(): Promise<void> {}
}

interface Envelope {
  from: string;
  message: LiveMessage;
}

/** PostgreSQL LISTEN/NOTIFY on `channel`, over one dedicated connection, reconnecting on loss. */
export class PostgresBus implements LiveBus {
  private readonly id = randomUUID();
  private readonly listeners = new Set<LiveListener>();
  private client: pg.Client | undefined;
  private closed = false;
  private connecting: Promise<void>;
  private retryMs = 250;

  constructor(
    private readonly url: string,
    private readonly channel = 'fw_live',
    private readonly onError: (error: Error) => void = () => undefined,
  ) {
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`Invalid LISTEN channel name: ${channel}`);
    this.connecting = this.start(false);
  }

  /** Connects; on failure reports the error and keeps retrying with back-off (the caller is not blocked). */
  private start(isReconnect: boolean): Promise<void> {
    return this.connect(isReconnect).catch((error: Error) => {
      this.onError(error);
      this.retry(true);
    });
  }

  private async connect(isReconnect: boolean): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (note) => this.receive(note.payload));
    client.on('error', (error) => {
      this.onError(error);
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = 250;
    if (isReconnect) this.deliver({ type: 'resync' });
  }

  private reconnect(dead: pg.Client): void {
    if (this.closed || this.client !== dead) return;
    this.client = undefined;
    dead.end().catch(() => undefined);
    this.retry(true);
  }

  private retry(isReconnect: boolean): void {
    if (this.closed) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, 10_000);
    setTimeout(() => {
      if (!this.closed) this.connecting = this.start(isReconnect);
    }, wait).unref();
  }

  private receive(payload: string | undefined): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(payload ?? '') as Envelope;
    } catch {
      return;
    }
    if (envelope.from !== this.id && envelope.message) this.deliver(envelope.message);
  }

  private deliver(message: LiveMessage): void {
    for (const listener of this.listeners) listener(message);
  }

  async ready(): Promise<void> {
    await this.connecting;
  }

  async publish(message: LiveMessage): Promise<void> {
    await this.connecting;
    const client = this.client;
    if (!client) throw new Error('The live bus is reconnecting to PostgreSQL.');
    const envelope: Envelope = { from: this.id, message };
    await client.query('SELECT pg_notify($1, $2)', [this.channel, JSON.stringify(envelope)]);
  }

  subscribe(listener: LiveListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.connecting.catch(() => undefined);
    await this.client?.end().catch(() => undefined);
  }
}

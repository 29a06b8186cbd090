/**
 * A queue that takes turns: between networks first, then between the senders of one network.
 * Each `take()` serves the network whose turn it is, and in it the sender whose turn it is, so one
 * network's flood delays another network's job by at most one job, and inside a venue (many
 * readers behind one address) one flooding device delays the others by one job of its own.
 * A sender may have at most `perSender` jobs waiting and a network at most `perNetwork`.
 *
 * Why: comment bodies render one at a time (markdownRenderer.ts), and a hostile body takes up to
 * the render budget. Served first come, first served, a flood of slow bodies from one network
 * made every other reader's comment wait behind all of it (several seconds each).
 *
 * Pure: no I/O, no timers.
 */

/** Who is waiting: a network (an address block) and a sender in it (a device, or the block again). */
export interface QueueSender {
  network: string;
  sender: string;
}

export interface QueueLimits {
  perSender: number;
  perNetwork: number;
}

export class FairQueue<T> {
  /** Waiting jobs by network, then by sender; Map order is the order of turns at both levels. */
  private readonly waiting = new Map<string, Map<string, T[]>>();
  private readonly perNetworkCount = new Map<string, number>();
  private count = 0;

  constructor(private readonly limits: QueueLimits) {}

  /** Adds a job; false (and nothing added) when its sender or its network already has its share waiting. */
  add({ network, sender }: QueueSender, job: T): boolean {
    const senders = this.waiting.get(network) ?? new Map<string, T[]>();
    const jobs = senders.get(sender) ?? [];
    if (jobs.length >= this.limits.perSender || (this.perNetworkCount.get(network) ?? 0) >= this.limits.perNetwork) {
      return false;
    }
    jobs.push(job);
    senders.set(sender, jobs);
    this.waiting.set(network, senders);
    this.perNetworkCount.set(network, (this.perNetworkCount.get(network) ?? 0) + 1);
    this.count += 1;
    return true;
  }

  /** The next job: the oldest of the sender whose turn it is in the network whose turn it is. */
  take(): T | undefined {
    const network = this.waiting.keys().next();
    if (network.done) return undefined;
    const senders = this.waiting.get(network.value)!;
    const [sender, jobs] = senders.entries().next().value!;
    const job = jobs.shift()!;
    // Whoever was served goes to the back of its line.
    senders.delete(sender);
    if (jobs.length > 0) senders.set(sender, jobs);
    this.waiting.delete(network.value);
    if (senders.size > 0) this.waiting.set(network.value, senders);
    const left = this.perNetworkCount.get(network.value)! - 1;
    if (left > 0) this.perNetworkCount.set(network.value, left);
    else this.perNetworkCount.delete(network.value);
    this.count -= 1;
    return job;
  }

  /** Removes and returns every waiting job. */
  drain(): T[] {
    const all = [...this.waiting.values()].flatMap((senders) => [...senders.values()].flat());
    this.waiting.clear();
    this.perNetworkCount.clear();
    this.count = 0;
    return all;
  }

  get size(): number {
    return this.count;
  }
}

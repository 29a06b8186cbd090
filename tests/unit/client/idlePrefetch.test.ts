/**
 * Docusaurus's viewport prefetching moved to idle time (src/client/prefetch/idlePrefetch.ts): a
 * link coming into view only queues its path; each idle period prefetches one, in order; preloading
 * stays immediate. The scheduler is a list of tasks run by hand, so the tests say what each idle
 * period does.
 */
import { describe, expect, it } from 'vitest';
import { idlePrefetch, type DocusaurusClient } from '../../../src/client/prefetch/idlePrefetch';

function fakeDocusaurus() {
  const calls: string[] = [];
  const client: DocusaurusClient = Object.freeze({
    prefetch: (path: string) => {
      calls.push(`prefetch ${path}`);
      return Promise.resolve([]);
    },
    preload: (path: string) => {
      calls.push(`preload ${path}`);
      return Promise.resolve([]);
    },
  });
  return { client, calls };
}

function idleScheduler() {
  const tasks: Array<() => void> = [];
  return {
    schedule: (task: () => void) => void tasks.push(task),
    /** Runs the next idle task; false when none is waiting. */
    runIdlePeriod: () => {
      const task = tasks.shift();
      task?.();
      return task !== undefined;
    },
    waiting: () => tasks.length,
  };
}

describe('idlePrefetch', () => {
  it('queues the links that come into view and prefetches one per idle period, in order', () => {
    const { client, calls } = fakeDocusaurus();
    const idle = idleScheduler();
    const wrapped = idlePrefetch(client, idle.schedule);

    // One IntersectionObserver task reports three links at once: nothing is prefetched in it.
    wrapped.prefetch('/docs/definition');
    wrapped.prefetch('/docs/principles');
    wrapped.prefetch('/docs/roadmap');
    expect(calls).toEqual([]);
    expect(idle.waiting()).toBe(1);

    idle.runIdlePeriod();
    expect(calls).toEqual(['prefetch /docs/definition']);
    idle.runIdlePeriod();
    idle.runIdlePeriod();
    expect(calls).toEqual(['prefetch /docs/definition', 'prefetch /docs/principles', 'prefetch /docs/roadmap']);
    expect(idle.runIdlePeriod()).toBe(false);
  });

  it('queues a path once however many links name it, and again after it was prefetched', () => {
    const { client, calls } = fakeDocusaurus();
    const idle = idleScheduler();
    const wrapped = idlePrefetch(client, idle.schedule);

    expect(wrapped.prefetch('/docs/definition')).toBeInstanceOf(Promise);
    expect(wrapped.prefetch('/docs/definition')).toBe(false);
    while (idle.runIdlePeriod());
    expect(calls).toEqual(['prefetch /docs/definition']);

    // Docusaurus itself remembers what it fetched; the queue only keeps a path from waiting twice.
    wrapped.prefetch('/docs/definition');
    while (idle.runIdlePeriod());
    expect(calls).toEqual(['prefetch /docs/definition', 'prefetch /docs/definition']);
  });

  it('resolves a prefetch once its idle period has started it', async () => {
    const { client } = fakeDocusaurus();
    const idle = idleScheduler();
    const started = idlePrefetch(client, idle.schedule).prefetch('/docs/definition');
    let resolved = false;
    void (started as Promise<void[]>).then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(false);
    idle.runIdlePeriod();
    await started;
    expect(resolved).toBe(true);
  });

  it('preloads at once (the reader is about to follow the link) and leaves Docusaurus’s client as it was', () => {
    const { client, calls } = fakeDocusaurus();
    const idle = idleScheduler();
    const wrapped = idlePrefetch(client, idle.schedule);

    wrapped.preload('/docs/definition');
    expect(calls).toEqual(['preload /docs/definition']);
    expect(idle.waiting()).toBe(0);
    expect(Object.isFrozen(wrapped)).toBe(true);
    expect(wrapped).not.toBe(client);
    expect(Object.keys(client)).toEqual(['prefetch', 'preload']);
  });
});

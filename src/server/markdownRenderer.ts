/**
 * Renders comment bodies without ever blocking the service. Markdown parsing is CPU-bound and,
 * for hostile input within the 5,000-character limit, slow (nested emphasis, wide tables and
 * long setext runs take seconds; see `npm run bench:markdown`). So rendering happens in one
 * worker thread, one body at a time, with a time budget: a body that takes longer is refused
 * with a 400 and the worker is replaced. Waiting bodies take turns by network (address block),
 * then by device (fairQueue.ts), with a share each (more: 503 with Retry-After), so a flood of
 * slow bodies from one network delays another reader's comment by one body, not by the whole flood.
 * Before any of that, `markdownNesting` refuses bodies
 * nested more deeply than `MAX_NESTING` in a single linear pass, so the commonest attack (5,000
 * `>`) costs the service microseconds.
 *
 * The worker is shared by every app in the process, started on first use and never keeps the
 * process alive (tests and `app.close()` need no extra shutdown step).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fieldError, HttpError, type Coded } from './errors';
import { FairQueue, type QueueSender } from './fairQueue';
import { MAX_NESTING, markdownNesting } from './markdown';

/** Longest one body may render. An ordinary 5,000-character comment takes about 50 ms idle and 0.6 s on a loaded 2-core machine: the rest is headroom. */
export const RENDER_BUDGET_MS = 5000;

/**
 * Bodies one device, and one network, may have waiting to render. A venue's readers share one
 * address block, and an ordinary body renders in tens of milliseconds: a room sending at once
 * stays well within these, a flood does not.
 */
export const RENDER_QUEUE_LIMITS = { perSender: 16, perNetwork: 400 } as const;

/** Who waits for a body the service itself renders (an import): a line of its own. */
export const SERVICE_SENDER: QueueSender = { network: 'service', sender: 'service' };

/** Seconds a sender turned away for a full queue is asked to wait (Retry-After). */
export const BUSY_RETRY_AFTER_S = 5;

// The worker is TypeScript like the rest of the service: a plain-JavaScript bootstrap registers
// tsx's loader in the thread and then loads it (a worker does not inherit the parent's loader).
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
require(workerData.loader).register();
require(workerData.entry);
`;
const requireFrom = createRequire(import.meta.url);
const WORKER_DATA = {
  loader: requireFrom.resolve('tsx/cjs/api'),
  entry: fileURLToPath(new URL('./markdownWorker.ts', import.meta.url)),
};

type Reply = { id: number; html: string } | { id: number; error: string };

interface Job {
  id: number;
  markdown: string;
  resolve: (html: string) => void;
  reject: (error: Error) => void;
}

const tooComplex = (detail: string, coded: Coded) => fieldError('body', detail, coded);

/** One worker, a queue, a budget per body. */
class MarkdownRenderer {
  private worker: Worker | null = null;
  private ready = false;
  private readonly queue = new FairQueue<Job>(RENDER_QUEUE_LIMITS);
  private current: Job | null = null;
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;

  render(markdown: string, sender: QueueSender): Promise<string> {
    return new Promise((resolve, reject) => {
      if (!this.queue.add(sender, { id: this.nextId++, markdown, resolve, reject })) {
        reject(
          new HttpError(
            503,
            `Many comments from your network are waiting to be formatted: send yours again in ${BUSY_RETRY_AFTER_S} seconds.`,
            undefined,
            BUSY_RETRY_AFTER_S,
          ),
        );
        return;
      }
      this.pump();
    });
  }

  private start(): Worker {
    const worker = new Worker(BOOTSTRAP, { eval: true, execArgv: [], workerData: WORKER_DATA });
    worker.unref();
    worker.on('message', (message: 'ready' | Reply) => {
      if (message === 'ready') {
        this.ready = true;
        this.pump();
      } else this.finish(message);
    });
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('exit', () => this.fail(worker, new Error('markdown worker exited')));
    return worker;
  }

  private pump(): void {
    if (this.current || this.queue.size === 0) return;
    if (!this.worker) this.worker = this.start();
    if (!this.ready) return;
    const job = this.queue.take()!;
    this.current = job;
    // Only while a job runs does the worker hold the process open (a pending request does anyway).
    this.worker.ref();
    this.timer = setTimeout(() => {
      this.reset();
      job.reject(
        tooComplex(
          `its formatting is too complex to render in ${RENDER_BUDGET_MS / 1000} s; simplify nested emphasis, links or tables`,
          { code: 'formattingTooSlow', params: { seconds: RENDER_BUDGET_MS / 1000 } },
        ),
      );
      this.pump();
    }, RENDER_BUDGET_MS);
    this.worker.postMessage({ id: job.id, markdown: job.markdown });
  }

  private finish(reply: Reply): void {
    const job = this.current;
    if (!job || job.id !== reply.id) return;
    this.settle();
    if ('html' in reply) job.resolve(reply.html);
    else if (reply.error === 'too-deep')
      job.reject(
        tooComplex('it nests formatting too deeply to render', {
          code: 'nestingTooDeep',
          params: { max: MAX_NESTING },
        }),
      );
    else job.reject(new Error(`markdown rendering failed: ${reply.error}`));
    this.pump();
  }

  /**
   * The worker died on its own: the job in flight fails (a 500, logged) and the next job gets a
   * new worker. A worker that could not even start fails every waiting job instead of retrying.
   */
  private fail(worker: Worker, error: Error): void {
    if (worker !== this.worker) return;
    const started = this.ready;
    const job = this.current;
    this.reset();
    job?.reject(error);
    if (!started) for (const waiting of this.queue.drain()) waiting.reject(error);
    this.pump();
  }

  private settle(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.current = null;
    this.worker?.unref();
  }

  private reset(): void {
    const worker = this.worker;
    this.settle();
    this.worker = null;
    this.ready = false;
    void worker?.terminate();
  }
}

const renderer = new MarkdownRenderer();

/**
 * Markdown source → sanitised HTML fragment, off the event loop.
 *
 * @param sender - who is waiting for it: bodies take turns by network, then by device
 * @throws HttpError 400 (field `body`) when the body nests quotes or lists more than
 *   `MAX_NESTING` levels, or cannot be rendered within `RENDER_BUDGET_MS`; 503 (with
 *   `retryAfterSeconds`) when the device or network already has its share waiting
 *   (`RENDER_QUEUE_LIMITS`)
 */
export async function renderMarkdown(markdown: string, sender: QueueSender = SERVICE_SENDER): Promise<string> {
  const nesting = markdownNesting(markdown);
  if (nesting > MAX_NESTING) {
    throw tooComplex(`quotes and lists may be nested at most ${MAX_NESTING} levels deep (this body nests ${nesting})`, {
      code: 'nestingTooDeep',
      params: { max: MAX_NESTING },
    });
  }
  return renderer.render(markdown, sender);
}

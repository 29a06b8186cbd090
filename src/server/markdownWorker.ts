/**
 * Worker-thread entry of markdownRenderer.ts: renders comment bodies off the service's event loop.
 * Receives `{ id, markdown }`, answers `{ id, html }` or `{ id, error }`; says `ready` once loaded.
 */
import { parentPort } from 'node:worker_threads';
import { renderMarkdownSync } from './markdown';

const port = parentPort;
if (port) {
  port.on('message', ({ id, markdown }: { id: number; markdown: string }) => {
    try {
      port.postMessage({ id, html: renderMarkdownSync(markdown) });
    } catch (error) {
      // A stack overflow lands here too: the parser recursed past what the thread allows.
      port.postMessage({ id, error: error instanceof RangeError ? 'too-deep' : String(error) });
    }
  });
  port.postMessage('ready');
}

/**
 * The body of "Share or cite", in two parts, so that a keyboard reader who opens the disclosure
 * and presses Tab at once lands on its first control, however slow the rest is to load or draw
 * (when it was one chunk, its first render took ~420 ms on a loaded 2-core machine, and a Tab
 * pressed meanwhile skipped past it):
 * - what to share or cite (the select) ships with the page and renders in the same commit as the
 *   opening. The browser handles the next key press only after that task, so the select is there
 *   to receive the Tab, and focus is never moved for it: the reader's own Tab does it;
 * - the citations and the QR code (Panel.tsx, a chunk of its own) render after it, in a deferred
 *   render that React interrupts for input, below the select, with a loading status meanwhile.
 *
 * Mounted on opening: the paragraphs, the fragment and the date accessed are read then.
 */
import React, { Suspense, useDeferredValue, useId, useRef, useState, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import ChunkBoundary from '../ChunkBoundary';
import { CiteThisPanel } from './lazyPanel';
import { paragraphInAddress, readParagraphs } from './paragraphs';
import type { CiteThisProps } from './index';
import styles from './styles.module.css';

/** Said while the citations load or render (a status, so screen readers hear it politely). */
function Loading(): ReactNode {
  return (
    <p className={styles.loading} role="status">
      <Translate id="cite.loading">Loading…</Translate>
    </p>
  );
}

/** Said when the citations' code could not be loaded; the select above still works. */
function Unavailable({ tryAgain }: { tryAgain: () => void }): ReactNode {
  return (
    <div role="alert">
      <p>
        <Translate id="cite.unavailable">
          {
            'The citations could not be loaded. Check your connection and try again; if the site was updated since you opened this page, reload it.'
          }
        </Translate>
      </p>
      <button type="button" className="button button--secondary button--sm" onClick={tryAgain}>
        <Translate id="cite.unavailable.retry">Try again</Translate>
      </button>
    </div>
  );
}

export default function CiteThisBody(props: CiteThisProps): ReactNode {
  // Read in the opening's render, not in an effect, so the select has its options in that commit.
  const [paragraphs] = useState(readParagraphs);
  const [target, setTarget] = useState(() => paragraphInAddress(paragraphs));
  const selectId = useId();
  const select = useRef<HTMLSelectElement>(null);
  // False in the opening's commit, true in a later render: with the chunk already loaded (preloaded,
  // or a second opening), the costly part would otherwise render in the opening's task and make the
  // Tab wait for it.
  const showPanel = useDeferredValue(true, false);
  return (
    <div className={styles.body}>
      <label htmlFor={selectId}>
        <Translate id="cite.what">What to share or cite</Translate>
      </label>
      <select ref={select} id={selectId} value={target} onChange={(event) => setTarget(event.target.value)}>
        <option value="">{translate({ id: 'cite.wholePage', message: 'This page' })}</option>
        {paragraphs.map((p) => (
          <option key={p.id} value={p.id}>
            {translate({ id: 'cite.paragraphOption', message: 'Paragraph {id}: {excerpt}' }, p)}
          </option>
        ))}
      </select>
      {/* While a deferred render waits for the chunk, React keeps showing <Loading/> as it is. */}
      <ChunkBoundary
        retry={CiteThisPanel.retry}
        fallback={(tryAgain) => (
          <Unavailable
            tryAgain={() => {
              // The pressed button goes while the citations load: focus stays in the panel.
              select.current?.focus();
              tryAgain();
            }}
          />
        )}>
        <Suspense fallback={<Loading />}>
          {showPanel ? <CiteThisPanel.Component {...props} target={target} /> : <Loading />}
        </Suspense>
      </ChunkBoundary>
    </div>
  );
}

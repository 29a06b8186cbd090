/**
 * A horizontal bar chart (Chart.js, imported on first draw so it ships in its own chunk, loaded by
 * this page only, and registered piecemeal so only bars ship) with its numbers as a
 * table beside it: the canvas is a picture for sighted readers (role="img" with a summary), the
 * table is the accessible source. Colours come from the theme's CSS variables and follow the
 * colour mode; the box has a fixed height, so drawing never moves the page.
 */
import React, { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/feedback';
import { useColorMode } from '@docusaurus/theme-common';
import type { Tally } from '@site/src/shared/feedback';
import styles from './styles.module.css';

const cssVar = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

interface Props {
  title: string;
  tallies: readonly Tally[];
  /** Translated label of each key. */
  label: (tally: Tally) => string;
  /** The figures are on their way: boxes and rows are laid out, nothing is drawn. */
  loading?: boolean;
}

export default function BarChart({ title, tallies, label, loading = false }: Props): ReactNode {
  const id = useId();
  const canvas = useRef<HTMLCanvasElement>(null);
  const { colorMode } = useColorMode();
  // The chart's code did not arrive (offline on a page never visited before): the table says it all,
  // and "Try again" asks for the code anew (the bundler forgets a chunk that failed).
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!canvas.current || loading) return undefined;
    let live = true;
    let chart: { destroy: () => void } | undefined;
    import('chart.js').then(
      ({ BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip }) => {
        if (!live || !canvas.current) return;
        Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
        const text = cssVar('--ifm-font-color-base');
        const grid = cssVar('--ifm-color-emphasis-300');
        chart = new Chart(canvas.current, {
          type: 'bar',
          data: {
            labels: tallies.map(label),
            datasets: [{ data: tallies.map((t) => t.count), backgroundColor: cssVar('--ifm-color-primary') }],
          },
          options: {
            indexAxis: 'y',
            maintainAspectRatio: false,
            animation: false,
            plugins: { legend: { display: false } },
            scales: {
              x: { beginAtZero: true, ticks: { precision: 0, color: text }, grid: { color: grid } },
              y: { ticks: { color: text }, grid: { color: grid } },
            },
          },
        });
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      chart?.destroy();
    };
  }, [tallies, label, colorMode, loading, attempt]);

  const tryAgain = () => {
    setFailed(false);
    setAttempt((count) => count + 1);
    // The button goes with the message: the focus stays in the figure rather than falling to the page.
    heading.current?.focus();
  };

  const summary = tallies.map((t) => `${label(t)}: ${t.count}`).join('; ');
  return (
    <figure aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <div className={styles.chartBox}>
        {failed ? (
          <p className={styles.muted}>
            {translate({
              id: 'insights.chart.failed',
              message: 'The chart could not be loaded (offline?); the table below has the same figures.',
            })}{' '}
            <button type="button" className="button button--sm button--secondary" onClick={tryAgain}>
              {translate({ id: 'insights.chart.retry', message: 'Try again' })}
            </button>
          </p>
        ) : (
          <canvas ref={canvas} role="img" aria-label={`${title}. ${summary}`} />
        )}
      </div>
      <table className={styles.table} aria-labelledby={`${id}-title`}>
        <thead>
          <tr>
            <th scope="col">{translate({ id: 'insights.col.category', message: 'Category' })}</th>
            <th scope="col">{translate({ id: 'insights.col.comments', message: 'Comments' })}</th>
          </tr>
        </thead>
        <tbody>
          {tallies.map((t) => (
            <tr key={t.key}>
              <th scope="row">{label(t)}</th>
              <td>{loading ? '…' : t.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

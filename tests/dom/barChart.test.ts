/**
 * An insights chart (src/components/Feedback/BarChart.tsx) whose drawing code cannot be loaded
 * (offline on a page never visited before) says so in its box and leaves the figures to its
 * table, instead of an empty picture announced as the chart and an unhandled rejection.
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import type { Tally } from '../../src/shared/feedback';
import BarChart from '../../src/components/Feedback/BarChart';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

vi.mock('chart.js', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});
// The theme's colour mode needs its provider; the chart only reads the mode.
vi.mock('@docusaurus/theme-common', () => ({ useColorMode: () => ({ colorMode: 'light' }) }));

describe('an insights chart whose code cannot be loaded', () => {
  it('says so in its box, keeps the table, and announces no empty picture', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const tallies: Tally[] = [
      { key: 'nso', label: 'nso', count: 3 },
      { key: 'cso', label: 'cso', count: 5 },
    ];
    await act(() => root.render(createElement(BarChart, { title: 'By stakeholder', tallies, label: (t) => t.key })));
    await vi.waitFor(() =>
      expect(host.querySelector('figure p')?.textContent).toMatch(/^The chart could not be loaded/),
    );
    expect(host.querySelector('[role="img"]')).toBeNull();
    expect([...host.querySelectorAll('tbody tr')].map((row) => row.textContent)).toEqual(['nso3', 'cso5']);
    await act(() => root.unmount());
  });
});

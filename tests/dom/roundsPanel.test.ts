/**
 * Consultation rounds on /moderate (src/components/Moderation/RoundsPanel.tsx): a second press of
 * "Open round" while the first is being sent opens no second round, and once a round is open the
 * form is empty for the next one.
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import RoundsPanel from '../../src/components/Moderation/RoundsPanel';
import { fieldLabelled, submitForm, typeInto } from './support/forms';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const host = document.createElement('div');
document.body.append(host);
let root: ReturnType<typeof createRoot>;
let opened: { body: unknown; answer: () => Promise<void> }[];

beforeEach(async () => {
  opened = [];
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
    if (input === '/api/rounds') return Promise.resolve(json({ rounds: [] }));
    if (input === '/api/moderation/rounds' && init?.method === 'POST')
      return new Promise<Response>((resolve) =>
        opened.push({
          body: JSON.parse(String(init.body)),
          answer: () => act(async () => resolve(json({ id: 'round-0001' }, 201))),
        }),
      );
    throw new Error(`unexpected request ${init?.method ?? 'GET'} ${input}`);
  });
  root = createRoot(host);
  await act(() => root.render(createElement(RoundsPanel)));
});

afterEach(async () => {
  await act(() => root.unmount());
  vi.unstubAllGlobals();
});

const fieldValues = () => [...host.querySelectorAll('form input')].map((input) => (input as HTMLInputElement).value);

describe('opening a consultation round', () => {
  it('opens one round however often the button is pressed while it is sent, then empties the form', async () => {
    await typeInto(fieldLabelled(host, 'Name'), 'Global consultation on the draft');
    await typeInto(fieldLabelled(host, 'Page path'), '/docs/definition');
    await submitForm(host.querySelector('form')!);
    await submitForm(host.querySelector('form')!);
    expect(opened.map((request) => request.body)).toEqual([
      { name: 'Global consultation on the draft', page: '/docs/definition' },
    ]);

    await opened[0]!.answer();
    await vi.waitFor(() =>
      expect(host.querySelector('[role="status"]')?.textContent).toBe(
        'Round “Global consultation on the draft” opened.',
      ),
    );
    expect(fieldValues()).toEqual(['', '', '', '']);
  });
});

/**
 * Consultation rounds on /moderate (src/components/Moderation/RoundsPanel.tsx): a second press of
 * "Open round" while the first is being sent opens no second round, and once a round is open the
 * form is empty for the next one.
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import RoundsPanel from '../../src/components/Moderation/RoundsPanel';

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

/** Types into a field as React sees it (the value setter React tracks, then an input event). */
function type(label: string, value: string): Promise<void> {
  const field = [...host.querySelectorAll('label')]
    .find((l) => l.textContent?.startsWith(label))!
    .querySelector('input')!;
  return act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const fieldValues = () => [...host.querySelectorAll('form input')].map((input) => (input as HTMLInputElement).value);

describe('opening a consultation round', () => {
  it('opens one round however often the button is pressed while it is sent, then empties the form', async () => {
    await type('Name', 'Global consultation on the draft');
    await type('Page path', '/docs/definition');
    const submit = () =>
      act(async () =>
        host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })),
      );
    await submit();
    await submit();
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

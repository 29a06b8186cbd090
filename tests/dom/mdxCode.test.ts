/**
 * Markdown `code` (src/theme/MDXComponents/Code.tsx): inline code renders at once; a code block
 * waits for the theme's CodeBlock, a lazily loaded chunk (so the syntax highlighter costs nothing
 * on pages without code), showing plain preformatted text until it arrives, as after a client-side
 * navigation. (The build's own server rendering waits for the chunk, so static HTML is highlighted.)
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import MDXCode, { isInlineCode } from '../../src/theme/MDXComponents/Code';

const BLOCK = 'const a = 1;\nconst b = 2;\n';

describe('Markdown code', () => {
  it('tells inline code from a block as the theme does', () => {
    expect(isInlineCode('npm ci')).toBe(true);
    expect(isInlineCode(BLOCK)).toBe(false);
    expect(isInlineCode(undefined)).toBe(false);
  });

  it('renders inline code with the theme’s inline component', () => {
    expect(renderToString(createElement(MDXCode, { children: 'npm ci' }))).toBe(
      '<code data-stand-in="theme">npm ci</code>',
    );
  });

  it('shows a code block as plain text until the lazily loaded CodeBlock arrives', async () => {
    const html = renderToString(createElement(MDXCode, { className: 'language-js', children: BLOCK }));
    expect(html).toContain(`<pre class="language-js"><code>${BLOCK}</code></pre>`);
    expect(html).not.toContain('data-stand-in');

    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(createElement(MDXCode, { className: 'language-js', children: BLOCK })));
    await vi.waitFor(() => expect(host.querySelector('[data-stand-in="theme"]')?.textContent).toBe(BLOCK));
    expect(host.querySelector('[data-stand-in="theme"]')?.className).toBe('language-js');
    act(() => root.unmount());
  });
});

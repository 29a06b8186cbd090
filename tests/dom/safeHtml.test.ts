/**
 * Comment HTML as React renders it (src/components/Comments/SafeHtml.tsx): the allow-list holds in
 * a real DOM parser, and every region that scrolls sideways inside a comment (code blocks, tables)
 * is a Tab stop, so keyboard users can scroll it (axe scrollable-region-focusable).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import SafeHtml from '../../src/components/Comments/SafeHtml';

const render = (html: string) => {
  const host = document.createElement('div');
  host.innerHTML = renderToStaticMarkup(createElement(SafeHtml, { html }));
  return host;
};

describe('SafeHtml', () => {
  it('makes code blocks and tables keyboard-scrollable, and nothing else', () => {
    const host = render(
      '<p>See <code>x</code>:</p><pre><code>' +
        'x'.repeat(400) +
        '</code></pre><table><tbody><tr><td>wide</td></tr></tbody></table>',
    );
    expect(host.querySelector('pre')?.getAttribute('tabindex')).toBe('0');
    expect(host.querySelector('table')?.getAttribute('tabindex')).toBe('0');
    expect([...host.querySelectorAll('[tabindex]')].map((element) => element.localName)).toEqual(['pre', 'table']);
  });

  it('drops what the allow-list does not name, keeping the text', () => {
    const host = render('<p onclick="x()">Hi <img src=x onerror="x()"><script>x()</script><b>there</b></p>');
    expect(host.innerHTML).toBe('<p>Hi <b>there</b></p>');
  });
});

import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { ElementContent, RootContent } from 'hast';
import { renderMarkdownSync } from '../../../src/server/markdown';
import { isSafeUrl, sanitizeNodes, type NodeLike, type SafeNode } from '../../../src/client/comments/sanitize';

/** Parses like a browser (hast-util-from-html follows the HTML parsing spec) into the sanitiser's node shape. */
function parse(html: string): NodeLike[] {
  const convert = (node: RootContent | ElementContent): NodeLike => {
    if (node.type === 'text') return { type: 'text', value: node.value };
    if (node.type !== 'element') return { type: 'other' };
    const attributes = Object.entries(node.properties ?? {}).map(
      ([name, value]) =>
        [
          name === 'className' ? 'class' : name.toLowerCase(),
          Array.isArray(value) ? value.join(' ') : String(value),
        ] as const,
    );
    const children = node.tagName === 'template' ? [] : node.children;
    return { type: 'element', tagName: node.tagName, attributes, children: children.map(convert) };
  };
  return fromHtml(html, { fragment: true }).children.map(convert);
}

function render(nodes: SafeNode[]): string {
  return nodes
    .map((node) =>
      typeof node === 'string'
        ? node
        : `<${node.tag}${Object.entries(node.attributes)
            .map(([k, v]) => ` ${k}="${v}"`)
            .join('')}>${render(node.children)}</${node.tag}>`,
    )
    .join('');
}

const clean = (html: string) => render(sanitizeNodes(parse(html)));

describe('sanitizeNodes', () => {
  it('keeps the Markdown subset', () => {
    expect(clean('<p>A <strong>b</strong> <em>c</em> <code>d</code></p><ul><li>e</li></ul>')).toBe(
      '<p>A <strong>b</strong> <em>c</em> <code>d</code></p><ul><li>e</li></ul>',
    );
    expect(clean('<a href="https://unstats.un.org/x" title="t">link</a>')).toBe(
      '<a href="https://unstats.un.org/x" title="t" rel="nofollow ugc noopener noreferrer">link</a>',
    );
  });

  it('drops scripts, styles, SVG and embedded documents with their content', () => {
    expect(
      clean('<p>ok<script>alert(1)</script></p><style>p{}</style><svg onload="alert(1)"><text>x</text></svg>'),
    ).toBe('<p>ok</p>');
    expect(clean('<iframe src="javascript:alert(1)"></iframe><template><img src=x onerror=alert(1)></template>')).toBe(
      '',
    );
  });

  it('removes event handlers and unsafe links, keeps the text', () => {
    expect(clean('<img src=x onerror="alert(1)">')).toBe('');
    expect(clean('<p onclick="alert(1)" style="color:red">hi</p>')).toBe('<p>hi</p>');
    expect(clean('<a href="javascript:alert(1)">go</a>')).toBe('<a rel="nofollow ugc noopener noreferrer">go</a>');
    expect(clean('<a href=" JaVa\tScRiPt:alert(1)">go</a>')).toBe('<a rel="nofollow ugc noopener noreferrer">go</a>');
  });

  it('unwraps unknown elements and flattens headings', () => {
    expect(clean('<div><font color=red>x</font></div><h1>Big</h1>')).toBe('x<p><strong>Big</strong></p>');
    // Named like what every object inherits: unknown too, not a crash.
    expect(clean('<constructor title="t">a</constructor><tostring>b</tostring>')).toBe('ab');
  });

  it('keeps broken markup and bidi overrides as plain text', () => {
    expect(clean('<p>a &lt;b <i>c</p>')).toBe('<p>a &lt;b <i>c</i></p>'.replace('&lt;', '<'));
    expect(clean('<p>\u202Etxt.exe</p>')).toBe('<p>\u202Etxt.exe</p>');
  });
});

describe('isSafeUrl', () => {
  it('allows web, mail and same-site links only', () => {
    for (const url of [
      'https://a.org',
      'http://a.org/x?y',
      'mailto:a@b.org',
      '/docs/x',
      '#p-1',
      '?q=1',
      'relative/path',
    ]) {
      expect(isSafeUrl(url), url).toBe(true);
    }
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '//evil.example',
      'jav&#x09;ascript:x',
      'java\nscript:x',
    ]) {
      expect(isSafeUrl(url), url).toBe(false);
    }
  });
});

describe('one comment-link rule for service and browser', () => {
  it('keeps exactly the links the browser allows when the service renders them', () => {
    const hrefs = [
      'https://unstats.un.org/x',
      'mailto:a@b.org',
      '/docs/definition#definition-who',
      '#definition-who',
      '?q=citizen',
      'principles/index',
      'javascript:alert(1)',
      'data:text/html,x',
      '//evil.example/x',
      'vbscript:x',
    ];
    for (const href of hrefs) {
      const html = renderMarkdownSync(`[link](${href})`);
      expect(html.includes('<a '), href).toBe(isSafeUrl(href));
    }
  });
});

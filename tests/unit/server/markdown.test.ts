/**
 * Comment bodies are rendered server-side through a strict allow-list. Hostile input must come out
 * inert: no script, no event handler, no javascript: URL, no SVG, no image, no raw HTML.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanText, renderMarkdownSync as renderMarkdown } from '../../../src/server/markdown';
import { cleanup, moderatorHeaders, post, testApp, validBody } from './helpers';

afterEach(cleanup);

const ALLOWED = new Set([
  'p',
  'br',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

/** Every element and attribute of the rendered HTML, as a browser would parse it. */
function inspect(html: string) {
  const tree = fromHtml(html, { fragment: true });
  const elements = selectAll('*', tree);
  return {
    tags: elements.map((e) => e.tagName),
    attributes: elements.flatMap((e) => Object.keys(e.properties)),
    hrefs: elements.map((e) => e.properties.href).filter((h): h is string => typeof h === 'string'),
  };
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](  javascript:alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[vb](vbscript:msgbox(1))',
  '<svg onload=alert(1)><circle r="10"/></svg>',
  '<svg><script>alert(1)</script></svg>',
  '![x](https://evil.example/pixel.png)',
  '![x](javascript:alert(1))',
  '<iframe src="https://evil.example"></iframe>',
  '<div onclick="alert(1)">x</div>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<<script>script>alert(1)<</script>/script>',
  '<a href="https://ok.example" onmouseover="alert(1)">ok</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<form action="https://evil.example"><input name=x></form>',
  '[x]: javascript:alert(1)\n\n[link][x]',
  '<details open ontoggle=alert(1)>',
  '**unclosed <b>bold',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
  '| a | b |\n|---|---|\n| <script>x</script> | [y](javascript:y) |',
  '<!-- comment --><script>alert(1)</script>',
  '<a href="https://example.org/" target="_blank">x</a>',
];

describe('renderMarkdown with hostile input', () => {
  it.each(HOSTILE)('renders %j inert', (input) => {
    const html = renderMarkdown(input);
    const { tags, attributes, hrefs } = inspect(html);
    for (const tag of tags) expect(ALLOWED, `<${tag}> in ${html}`).toContain(tag);
    for (const attribute of attributes) expect(['href', 'rel'], `${attribute} in ${html}`).toContain(attribute);
    for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:)/i);
    expect(html).not.toMatch(/<(script|svg|img|iframe|style|math|form|input|details)\b/i);
  });

  it('shows raw HTML as text rather than dropping it', () => {
    expect(renderMarkdown('<b>bold?</b> and <script>alert(1)</script>')).toBe(
      '<p>&#x3C;b>bold?&#x3C;/b> and &#x3C;script>alert(1)&#x3C;/script></p>',
    );
  });

  it('keeps GitHub-flavoured Markdown: emphasis, lists, code, tables, strikethrough, autolinks', () => {
    expect(renderMarkdown('*a* **b** ~~c~~ `d`')).toBe(
      '<p><em>a</em> <strong>b</strong> <del>c</del> <code>d</code></p>',
    );
    expect(renderMarkdown('- one\n- two')).toBe('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
    expect(renderMarkdown('| a |\n|---|\n| 1 |')).toContain('<td>1</td>');
    expect(renderMarkdown('see https://unstats.un.org')).toBe(
      '<p>see <a href="https://unstats.un.org" rel="nofollow ugc noopener">https://unstats.un.org</a></p>',
    );
    expect(renderMarkdown('[mail](mailto:a@b.org)')).toBe(
      '<p><a href="mailto:a@b.org" rel="nofollow ugc noopener">mail</a></p>',
    );
  });

  it('turns images into links and headings into bold paragraphs, and keeps links to this site', () => {
    expect(renderMarkdown('![chart](https://x.org/c.png)')).toBe(
      '<p><a href="https://x.org/c.png" rel="nofollow ugc noopener">chart</a></p>',
    );
    expect(renderMarkdown('# Title')).toBe('<p><strong>Title</strong></p>');
    // One link rule with the browser (src/shared/commentHtml.ts): site paths and paragraph permalinks stay.
    expect(renderMarkdown('[local](/docs/x)')).toBe('<p><a href="/docs/x" rel="nofollow ugc noopener">local</a></p>');
    expect(renderMarkdown('[para](/docs/definition#definition-who)')).toContain('href="/docs/definition#definition-who"');
    expect(renderMarkdown('[here](#p-1)')).toContain('href="#p-1"');
    expect(renderMarkdown('[other host](//evil.example/x)')).toBe('<p>other host</p>');
    // A backslash is percent-encoded by the parser, so the link stays a path on this site.
    expect(renderMarkdown('[back](/\\evil.example)')).toContain('href="/%5Cevil.example"');
  });

  it('never emits ids or classes that could clobber page globals', () => {
    const html = renderMarkdown('Note[^1]\n\n[^1]: footnote\n\n```js\ncode\n```\n\n- [x] task');
    expect(html).not.toMatch(/\s(id|class|name)=/);
  });
});

describe('cleanText', () => {
  it('removes bidi overrides and control characters, keeps text, newlines and tabs', () => {
    expect(cleanText('evil\u202Etxt.exe')).toBe('eviltxt.exe');
    expect(cleanText('a\u2066b\u2069c\u202Ad\u202Ce')).toBe('abcde');
    expect(cleanText('nul\u0000bell\u0007del\u007F')).toBe('nulbelldel');
    expect(cleanText('line\r\nnext\tcol')).toBe('line\nnext\tcol');
    expect(cleanText('مرحبا \u200Fשלום')).toBe('مرحبا \u200Fשלום');
    expect(cleanText('e\u0301')).toBe('é');
  });

  it('applies to stored text: an RTL override in a name or body is removed before storage', async () => {
    const app = await testApp();
    await post(app, validBody({ authorName: 'Admin\u202Enimda', body: 'x\u202Ey', organisation: '\u0000Org' }));
    const [stored] = (await app.inject({ url: '/api/moderation/annotations', headers: moderatorHeaders })).json()
      .annotations;
    expect(stored).toMatchObject({ authorName: 'Adminnimda', body: 'xy', organisation: 'Org', bodyHtml: '<p>xy</p>' });
  });
});

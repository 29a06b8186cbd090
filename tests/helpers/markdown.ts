/** Runs Markdown through the same remark plugins the docs use and returns the HTML. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkBlockIds from '../../src/plugins/blockIds';
import remarkGlossaryLinks from '../../src/plugins/glossaryLinks';

export function renderDocMarkdown(markdown: string, path = 'docs/example.md'): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkBlockIds)
      .use(remarkGlossaryLinks)
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(new VFile({ path, value: markdown })),
  );
}

/** The block ids of the rendered Markdown, in document order. */
export function blockIds(markdown: string): string[] {
  return [...renderDocMarkdown(markdown).matchAll(/data-pid="([^"]+)"(?![^<]*<\/button>)/g)]
    .map((match) => match[1]!)
    .filter((id, index, all) => all.indexOf(id) === index);
}

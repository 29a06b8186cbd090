/**
 * remark plugin: marks links to glossary terms so the browser can show the term's definition on
 * hover and keyboard focus. The definition is written into the link at build time, so the preview
 * needs no request and no data bundle.
 */
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { GLOSSARY } from '../../data/glossary';
import { glossaryTermIdFromHref } from '../../shared/glossary';

const definitions = new Map(GLOSSARY.map((term) => [term.id, term]));

export default function remarkGlossaryLinks() {
  return (tree: Root, file: { path?: string }): void => {
    visit(tree, 'link', (node: Link) => {
      const termId = glossaryTermIdFromHref(node.url);
      if (!termId) return;
      const term = definitions.get(termId);
      if (!term) {
        throw new Error(
          `${file.path ?? 'A page'} links to glossary term "${termId}", which src/data/glossary.ts does not define. Add the term there or fix the link.`,
        );
      }
      node.data = {
        ...node.data,
        hProperties: {
          ...(node.data?.hProperties ?? {}),
          className: ['fw-term'],
          'data-term': term.id,
          'data-definition': term.definition,
        },
      };
    });
  };
}

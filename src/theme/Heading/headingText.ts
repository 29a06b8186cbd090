/**
 * The text a heading shows, read from its React children, to name its hash link ("Direct link to
 * Sources"). Docusaurus's own Heading names the link after the heading's id whenever its children
 * are more than one string (a `<Translate>`, a term with its English name, Markdown emphasis), and
 * a screen reader then reads "Direct link to page-sources".
 */
import { isValidElement, type ReactElement, type ReactNode } from 'react';

/**
 * @param node - a heading's children
 * @param messageOf - the text of an element that shows a message rather than its children (a
 *   `<Translate>`: its translation), or undefined for any other element
 * @returns the text, spaces collapsed; elements hidden from assistive technology (`aria-hidden`) left out
 */
export function headingText(node: ReactNode, messageOf: (element: ReactElement) => string | undefined): string {
  const parts: string[] = [];
  const walk = (child: ReactNode): void => {
    if (typeof child === 'string' || typeof child === 'number') parts.push(String(child));
    else if (Array.isArray(child)) child.forEach(walk);
    else if (isValidElement<{ children?: ReactNode; 'aria-hidden'?: unknown }>(child)) {
      const hidden = child.props['aria-hidden'];
      if (hidden === true || hidden === 'true') return;
      const message = messageOf(child);
      if (message === undefined) walk(child.props.children);
      else parts.push(message);
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

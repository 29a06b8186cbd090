/**
 * The text that names a heading's hash link (src/theme/Heading/headingText.ts): read from the
 * heading's React children however they are made, never the heading's id.
 */
import { createElement, Fragment, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { headingText } from '../../../src/theme/Heading/headingText';

/** Stands for `<Translate>`: an element whose text is its message, here in French. */
const Message = ({ children }: { children: string }) => children;
const french: Record<string, string> = { Sources: 'Sources', 'Related pages': 'Pages liées' };
const messageOf = (element: ReactElement) =>
  element.type === Message ? french[(element.props as { children: string }).children] : undefined;

describe('headingText', () => {
  it('is a string heading as it is', () => {
    expect(headingText('Agenda', messageOf)).toBe('Agenda');
  });

  it('reads a translated message in the page’s language', () => {
    expect(headingText(createElement(Message, null, 'Related pages'), messageOf)).toBe('Pages liées');
  });

  it('joins a term, its acronyms and its English name as the heading shows them', () => {
    const heading = [
      'Institut national de statistique',
      ' (INS, ONS)',
      ' ',
      createElement(
        'span',
        { className: 'fw-glossary-english', key: 'en' },
        createElement('span', { lang: 'en' }, 'National statistical office', ' (NSO, NSOs)'),
      ),
    ];
    expect(headingText(heading, messageOf)).toBe(
      'Institut national de statistique (INS, ONS) National statistical office (NSO, NSOs)',
    );
  });

  it('reads Markdown emphasis, code and numbers, and collapses spaces', () => {
    const heading = createElement(
      Fragment,
      null,
      'The ',
      createElement('em', null, 'six'),
      '  principles of ',
      createElement('code', null, 'E/CN.3/2026/13'),
      ', ',
      2026,
    );
    expect(headingText(heading, messageOf)).toBe('The six principles of E/CN.3/2026/13, 2026');
  });

  it('leaves out what is hidden from assistive technology, and gives nothing for an empty heading', () => {
    const heading = [
      'Roadmap',
      createElement('svg', { 'aria-hidden': true, key: 'icon' }, createElement('title', null, 'icon')),
    ];
    expect(headingText(heading, messageOf)).toBe('Roadmap');
    expect(headingText([null, false, undefined], messageOf)).toBe('');
  });
});

/**
 * Where a comment sits in the Framework, for tables and exports: page title, section, the
 * paragraph's text and first words, and its full URL. The text "at the time of the comment" is the
 * snapshot stored on create (`snapshotOf`); today's text comes from the block register. Without a
 * register (a site built without it) the fields fall back to what the comment itself carries.
 * A comment written on a translation records the paragraph and page title as its writer read them
 * (the translation's register), so an editor finds the quoted passage in the paragraph shown, and
 * its URL leads to that translation.
 */
import type { BlockIndex } from '../../shared/blockRegister';
import type { Target } from '../../shared/annotations';
import { firstWords } from '../../shared/feedback';
import { DEFAULT_LOCALE } from '../../shared/locales';
import type { StoredAnnotation } from '../repository';

/** What a comment records about its paragraph when it is made. */
export interface ParagraphSnapshot {
  paragraphText?: string;
  pageTitle?: string;
  section?: string;
}

/**
 * The paragraph's text, the page's title and the top-level section heading, as published now.
 * @param translation - the register of the language the comment is written in, when not the
 *   default's: its paragraph text and page title replace the default's (the section stays the
 *   default's, which consultation rounds are defined by)
 */
export function snapshotOf(
  target: Pick<Target, 'page' | 'paragraphId'>,
  blocks: BlockIndex | null,
  translation: BlockIndex | null = null,
): ParagraphSnapshot {
  const page = blocks?.page(target.page);
  if (!blocks || !page) return {};
  const located = blocks.locate(target.paragraphId);
  const block = located && located.page === page ? located.block : undefined;
  const snapshot: ParagraphSnapshot = { pageTitle: page.title };
  if (block) {
    snapshot.paragraphText = block.text;
    if (block.headings[0]) snapshot.section = block.headings[0];
  }
  const translated = translation?.locate(target.paragraphId);
  if (translated?.block) {
    snapshot.paragraphText = translated.block.text;
    snapshot.pageTitle = translated.page.title;
  }
  return snapshot;
}

/** The address prefix of a comment's language: '' for the default locale, else `/fr` etc. */
const languagePrefix = (language: string | undefined) =>
  language && language !== DEFAULT_LOCALE ? `/${language}` : '';

/** Everything the tables and exports say about a comment's place. */
export interface ParagraphContext {
  pageTitle: string;
  /** Top-level section heading; empty in a page's lead. */
  section: string;
  /** The paragraph as it was when the comment was made (today's text if no snapshot was taken). */
  paragraphText: string;
  /** First words of the paragraph as published now (or as it was, if it is gone). */
  paragraphStart: string;
  /** Absolute URL of the paragraph: PUBLIC_ORIGIN + page + #id. */
  paragraphUrl: string;
}

export function contextOf(
  a: StoredAnnotation,
  blocks: BlockIndex | null,
  origin: string,
  blocksIn: (language: string) => BlockIndex | null = () => null,
): ParagraphContext {
  const now = snapshotOf(a.target, blocks, a.language ? blocksIn(a.language) : null);
  const paragraphText = a.paragraphText ?? now.paragraphText ?? '';
  return {
    pageTitle: a.pageTitle ?? now.pageTitle ?? a.target.page,
    section: a.section ?? now.section ?? '',
    paragraphText,
    paragraphStart: firstWords(now.paragraphText ?? (paragraphText || a.target.quote?.exact || '')),
    paragraphUrl: `${origin}${languagePrefix(a.language)}${a.target.page}#${a.target.paragraphId}`,
  };
}

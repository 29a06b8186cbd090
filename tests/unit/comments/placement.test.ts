import { describe, expect, it } from 'vitest';
import { describePassage } from '../../../src/client/comments/anchoring/describe';
import { countByParagraph, placeTarget, placeThreads } from '../../../src/client/comments/anchoring/placement';
import type { PublicAnnotation, Target } from '../../../src/shared/annotations';
import { textHash } from '../../../src/shared/paragraphId';

const TEXT = 'Citizen data can complement official statistics when quality is assessed jointly with the producers.';
const paragraphs = new Map([
  ['p-citizen', TEXT],
  ['p-other', 'Another paragraph about the roadmap and its actions.'],
]);

function passageTarget(text: string, word: string, paragraphId = 'p-citizen'): Target {
  const at = text.indexOf(word);
  const { quote, position } = describePassage(text, at, at + word.length)!;
  return { page: '/docs/x', paragraphId, paragraphHash: textHash(text), quote, position };
}

function annotation(id: string, target: Target, extra: Partial<PublicAnnotation> = {}): PublicAnnotation {
  return {
    id,
    target,
    bodyHtml: '<p>x</p>',
    authorName: 'A',
    stakeholder: 'nso',
    focus: 'general',
    commentType: 'question',
    visibility: 'public',
    status: 'approved',
    createdAt: `2026-01-0${id.length}T00:00:00.000Z`,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

describe('placeTarget', () => {
  it('places a whole-paragraph comment on its paragraph and notices edited text', () => {
    const target: Target = { page: '/docs/x', paragraphId: 'p-citizen', paragraphHash: textHash(TEXT) };
    expect(placeTarget(target, paragraphs)).toEqual({
      kind: 'paragraph',
      paragraphId: 'p-citizen',
      textChanged: false,
    });
    expect(placeTarget({ ...target, paragraphHash: 'zzzzzzz' }, paragraphs)).toMatchObject({ textChanged: true });
  });

  it('places a passage where its quote is', () => {
    const placement = placeTarget(passageTarget(TEXT, 'assessed jointly'), paragraphs);
    expect(placement).toMatchObject({ kind: 'passage', paragraphId: 'p-citizen', textChanged: false });
    if (placement.kind === 'passage') expect(TEXT.slice(placement.start, placement.end)).toBe('assessed jointly');
  });

  it('lists a comment whose paragraph is gone under earlier wording, with or without a quote', () => {
    const gone = passageTarget(TEXT, 'assessed jointly', 'p-removed');
    expect(placeTarget(gone, paragraphs)).toEqual({ kind: 'orphan', reason: 'paragraph-gone' });
    expect(placeTarget({ page: '/docs/x', paragraphId: 'p-removed', paragraphHash: 'abc' }, paragraphs)).toEqual({
      kind: 'orphan',
      reason: 'paragraph-gone',
    });
  });

  it('lists a comment whose quote is no longer in its paragraph under earlier wording (never on other text)', () => {
    const target = { ...passageTarget(TEXT, 'assessed jointly'), paragraphId: 'p-other' };
    expect(placeTarget(target, paragraphs)).toEqual({ kind: 'orphan', reason: 'quote-not-found' });
  });
});

describe('placeThreads', () => {
  it('groups replies under their root, oldest first, and counts threads per paragraph', () => {
    const root = annotation('a1', passageTarget(TEXT, 'assessed jointly'));
    const reply = annotation('a22', root.target, { parentId: 'a1' });
    const replyToReply = annotation('a333', root.target, { parentId: 'a22' });
    const orphan = annotation('b1', { page: '/docs/x', paragraphId: 'p-removed', paragraphHash: 'x' });
    const threads = placeThreads([replyToReply, orphan, reply, root], paragraphs);
    const thread = threads.find((t) => t.root.id === 'a1')!;
    expect(thread.replies.map((r) => r.id)).toEqual(['a22', 'a333']);
    expect(threads.find((t) => t.root.id === 'b1')!.placement.kind).toBe('orphan');
    expect(countByParagraph(threads)).toEqual(new Map([['p-citizen', 3]]));
  });

  it('keeps a reply whose parent is not listed as a thread of its own', () => {
    const reply = annotation('r1', passageTarget(TEXT, 'quality'), { parentId: 'missing-parent' });
    expect(placeThreads([reply], paragraphs).map((t) => t.root.id)).toEqual(['r1']);
  });
});

describe('comments shown beside a translation of the text they were written on', () => {
  const FRENCH = 'Les données citoyennes peuvent compléter la statistique officielle.';
  const french = new Map([['p-citizen', FRENCH]]);
  const written = passageTarget(TEXT, 'assessed jointly');
  const languageOf = (language: string) => () => language;

  it('neither say the text changed nor fall under earlier wording', () => {
    const [thread] = placeThreads([annotation('a', written)], french, languageOf('fr'));
    expect(thread!.placement).toEqual({ kind: 'paragraph', paragraphId: 'p-citizen', textChanged: false });
    const whole = { page: '/docs/x', paragraphId: 'p-citizen', paragraphHash: textHash(TEXT) };
    const [wholeThread] = placeThreads([annotation('b', whole)], french, languageOf('fr'));
    expect(wholeThread!.placement).toMatchObject({ textChanged: false });
  });

  it('keep their passage where the text is the same, as on a page not yet translated', () => {
    const [thread] = placeThreads([annotation('a', written, { language: 'fr' })], paragraphs, languageOf('en'));
    expect(thread!.placement).toMatchObject({ kind: 'passage', textChanged: false });
  });

  it('still notice a change, and an unplaceable quote, in the language they were written in', () => {
    const edited = new Map([['p-citizen', 'Citizen data can complement official statistics.']]);
    const [thread] = placeThreads([annotation('a', written, { language: 'en' })], edited, languageOf('en'));
    expect(thread!.placement).toEqual({ kind: 'orphan', reason: 'quote-not-found' });
    const [frenchThread] = placeThreads(
      [
        annotation(
          'b',
          { page: '/docs/x', paragraphId: 'p-citizen', paragraphHash: textHash('Autre texte.') },
          { language: 'fr' },
        ),
      ],
      french,
      languageOf('fr'),
    );
    expect(frenchThread!.placement).toMatchObject({ textChanged: true });
  });
});

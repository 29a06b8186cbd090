/**
 * The feedback loop's shared server state: the repository, the block register and the public
 * origin, with the questions every route asks (which round governs a paragraph; is it open; what
 * the comment records about its paragraph). Routes get one instance from app.ts.
 */
import type { Target } from '../../shared/annotations';
import type { BlockIndex } from '../../shared/blockRegister';
import type { AnnotationRepository, StoredAnnotation } from '../repository';
import { contextOf, snapshotOf, type ParagraphContext } from './context';
import { governingRound, requireOpen } from './rounds';

export interface FeedbackService {
  readonly repository: AnnotationRepository;
  /** PUBLIC_ORIGIN: the base of every absolute URL the exports write. */
  readonly origin: string;
  /** The block register of the served build, or null when it has none. */
  blocks(): BlockIndex | null;
  /** The top-level section heading of a paragraph, when the register knows it. */
  sectionOf(target: Pick<Target, 'page' | 'paragraphId'>): string | undefined;
  /**
   * What a new comment on `target` records (round, paragraph snapshot); throws 409 when commenting
   * there is closed or not yet open.
   */
  prepareComment(
    target: Target,
    language?: string,
  ): Promise<Pick<StoredAnnotation, 'roundId' | 'paragraphText' | 'pageTitle' | 'section'>>;
  /** Throws 409 when the comment's paragraph no longer takes writes (closed round). */
  requireWritable(target: Target): Promise<void>;
  contextOf(a: StoredAnnotation): ParagraphContext;
}

/**
 * @param blocksIn - the register of a language's build (`app.blocksIn`), for comments written on
 *   a translation (their paragraph as the writer read it)
 */
export function createFeedbackService(
  repository: AnnotationRepository,
  origin: string,
  blocks: () => BlockIndex | null,
  blocksIn: (language: string) => BlockIndex | null = () => null,
): FeedbackService {
  const sectionOf = (target: Pick<Target, 'page' | 'paragraphId'>) => snapshotOf(target, blocks()).section;
  const service: FeedbackService = {
    repository,
    origin,
    blocks,
    sectionOf,
    async prepareComment(target, language) {
      const rounds = await repository.listRounds();
      const roundId = requireOpen(governingRound(rounds, target.page, sectionOf(target), new Date()));
      const prepared: Awaited<ReturnType<FeedbackService['prepareComment']>> = snapshotOf(
        target,
        blocks(),
        language ? blocksIn(language) : null,
      );
      if (roundId !== undefined) prepared.roundId = roundId;
      return prepared;
    },
    async requireWritable(target) {
      const rounds = await repository.listRounds();
      requireOpen(governingRound(rounds, target.page, sectionOf(target), new Date()));
    },
    contextOf: (a) => contextOf(a, blocks(), origin, blocksIn),
  };
  return service;
}

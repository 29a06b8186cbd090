/**
 * The figures of /insights: counts of comments by stakeholder type, focus, comment type and
 * disposition, and per page, section and paragraph of the Framework (for the shaded map of where
 * feedback concentrates). Pure: the caller decides which comments count (public or editors' view).
 */
import { COMMENT_TYPES, FEEDBACK_FOCUS, STAKEHOLDERS } from '../../shared/annotations';
import type { BlockIndex } from '../../shared/blockRegister';
import { DISPOSITIONS, firstWords, type InsightsResponse, type Tally } from '../../shared/feedback';
import type { StoredAnnotation } from '../repository';

/** Label of comments without a disposition in the disposition chart. */
export const UNDECIDED = { key: 'none', label: 'No decision yet' };

function tally(
  labels: Record<string, string>,
  keys: readonly string[],
  extra?: { key: string; label: string },
): Tally[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const all = Object.entries(labels).map(([key, label]) => ({ key, label, count: counts.get(key) ?? 0 }));
  if (extra) all.push({ ...extra, count: counts.get(extra.key) ?? 0 });
  return all;
}

type PageFigures = InsightsResponse['pages'][number];

/** Only Framework pages are mapped: the docs, not the blog. */
const isFrameworkPage = (path: string) => path.startsWith('/docs/') || path === '/docs';

export function insightsOf(
  annotations: readonly StoredAnnotation[],
  blocks: BlockIndex | null,
  scope: InsightsResponse['scope'],
): InsightsResponse {
  // page → section → paragraph → count, seeded with every published block so silent paragraphs show as 0.
  const pages = new Map<string, PageFigures>();
  const paragraphSlot = new Map<
    string,
    { section: PageFigures['sections'][number]; paragraph: { id: string; start: string; count: number } }
  >();
  const sectionOf = (page: PageFigures, heading: string) => {
    let section = page.sections.find((s) => s.heading === heading);
    if (!section) {
      section = { heading, count: 0, paragraphs: [] };
      page.sections.push(section);
    }
    return section;
  };
  const pageOf = (path: string, title: string) => {
    let page = pages.get(path);
    if (!page) {
      page = { page: path, title, count: 0, sections: [] };
      pages.set(path, page);
    }
    return page;
  };
  for (const registered of blocks?.register.pages ?? []) {
    if (!isFrameworkPage(registered.path)) continue;
    const page = pageOf(registered.path, registered.title);
    for (const block of registered.blocks) {
      const section = sectionOf(page, block.headings[0] ?? '');
      const paragraph = { id: block.id, start: firstWords(block.text), count: 0 };
      section.paragraphs.push(paragraph);
      paragraphSlot.set(`${registered.path}#${block.id}`, { section, paragraph });
    }
  }
  for (const a of annotations) {
    const located = blocks?.locate(a.target.paragraphId);
    const path = located?.page.path ?? a.target.page;
    if (!isFrameworkPage(path)) continue;
    const id = located?.block?.id ?? a.target.paragraphId;
    const page = pageOf(path, located?.page.title ?? a.pageTitle ?? path);
    let slot = paragraphSlot.get(`${path}#${id}`);
    if (!slot) {
      const section = sectionOf(page, a.section ?? '');
      const paragraph = { id, start: firstWords(a.paragraphText ?? a.target.quote?.exact ?? ''), count: 0 };
      section.paragraphs.push(paragraph);
      slot = { section, paragraph };
      paragraphSlot.set(`${path}#${id}`, slot);
    }
    page.count += 1;
    slot.section.count += 1;
    slot.paragraph.count += 1;
  }
  return {
    scope,
    total: annotations.length,
    byStakeholder: tally(
      STAKEHOLDERS,
      annotations.map((a) => a.stakeholder),
    ),
    byFocus: tally(
      FEEDBACK_FOCUS,
      annotations.map((a) => a.focus),
    ),
    byCommentType: tally(
      COMMENT_TYPES,
      annotations.map((a) => a.commentType),
    ),
    byDisposition: tally(
      DISPOSITIONS,
      annotations.map((a) => a.disposition?.disposition ?? UNDECIDED.key),
      UNDECIDED,
    ),
    pages: [...pages.values()],
  };
}

/**
 * Fails the build with every content-model problem at once, each with a fix-it message, so an
 * author fixes a batch in one go instead of one rebuild per mistake.
 */
import { GLOSSARY } from '../../data/glossary';
import { SOURCES } from '../../data/sources';
import { contentProblems, type PageSource } from '../../shared/contentProblems';
import type { LoadedDoc } from './readDocPages';

export function validateContent(docs: readonly LoadedDoc[], blogPosts: readonly PageSource[] = []): void {
  const problems = contentProblems(
    docs.map((doc) => ({ source: doc.source, frontMatter: doc.frontMatter })),
    SOURCES,
    GLOSSARY,
    blogPosts,
  );
  if (problems.length > 0) {
    throw new Error(`The content model is not satisfied:\n- ${problems.join('\n- ')}`);
  }
}

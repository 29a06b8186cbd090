/**
 * Language names and list separators in the comment UI are the page's language's
 * (src/components/Comments/languageName.ts). Before, a comment's language badge named the language
 * by its own name inside a sentence in another ("Écrit en English", "مكتوب بـFrançais"), and the
 * Arabic author line separated name, organisation and country with a Latin comma.
 */
import { readFileSync } from 'node:fs';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CommentView from '../../src/components/Comments/CommentView';
import { publicAnnotation } from './support/annotations';

const messagesOf = (locale: string) =>
  JSON.parse(readFileSync(`i18n/${locale}/code.json`, 'utf8')) as Record<string, { message: string }>;

const translation = vi.hoisted(() => ({ messages: null as Record<string, { message: string }> | null }));
vi.mock('@docusaurus/Translate', () => {
  const translate = ({ id, message }: { id: string; message: string }, values: Record<string, string> = {}) =>
    (translation.messages?.[id]?.message ?? message).replace(
      /\{(\w+)\}/g,
      (whole, name: string) => values[name] ?? whole,
    );
  return { translate, default: ({ children }: { children: string }) => children };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
  translation.messages = null;
  document.documentElement.lang = 'en';
});

async function show(locale: string, fields: Parameters<typeof publicAnnotation>[0]) {
  document.documentElement.lang = locale;
  translation.messages = locale === 'en' ? null : messagesOf(locale);
  await act(async () => root.render(createElement(CommentView, { annotation: publicAnnotation(fields), own: false })));
}

const badge = () => [...host.querySelectorAll('.fw-badge')].map((b) => b.textContent).join(' | ');

describe('a comment’s language, named on a page in another language', () => {
  it.each([
    ['fr', undefined, 'Écrit en anglais'],
    ['ar', undefined, 'مكتوب بـالإنجليزية'],
    ['ar', 'fr', 'مكتوب بـالفرنسية'],
    ['es', 'ar', 'Escrito en árabe'],
    ['en', 'fr', 'Written in French'],
  ])('on a %s page, a comment in %s says “%s”', async (page, language, expected) => {
    await show(page, { id: 'comment-0001', ...(language && { language }) });
    expect(badge()).toBe(expected);
  });
});

describe('the author line', () => {
  it('separates stakeholder, organisation and country with the Arabic comma on an Arabic page', async () => {
    await show('ar', { id: 'comment-0002', organisation: 'Réseau', country: 'Sénégal', language: 'ar' });
    const line = host.querySelector('header span')!.textContent!;
    expect(line).toMatch(/، Réseau، Sénégal$/);
    expect(line).not.toContain(', ');
  });

  it('keeps the Latin comma on a French page', async () => {
    await show('fr', { id: 'comment-0003', organisation: 'Réseau', country: 'Sénégal', language: 'fr' });
    expect(host.querySelector('header span')!.textContent).toMatch(/, Réseau, Sénégal$/);
  });
});

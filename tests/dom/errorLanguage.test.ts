/**
 * The comment service's errors in the reader's language (src/components/Comments/errorMessage.ts):
 * every error code has its sentence in English and in each translated locale's code.json; on the
 * French site a coded error reads in French, and a reworded paragraph offers to reload the page
 * without losing the draft; an error whose code this build does not know shows the service's
 * English, marked `lang="en"`. Before, every refusal of a comment read in English on every site.
 */
import { readFileSync } from 'node:fs';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CommentForm from '../../src/components/Comments/CommentForm';
import { codedSentence } from '../../src/components/Comments/errorMessage';
import { emptyDraft, saveDraft, type CommentDraft } from '../../src/client/comments/commentDraft';
import type { ErrorResponse, Target } from '../../src/shared/annotations';
import { ERROR_CODES } from '../../src/shared/errorCodes';
import { PREFIXED_LOCALES } from '../../src/shared/locales';
import { fieldLabelled, submitForm } from './support/forms';

type Messages = Record<string, { message: string }>;
const codeJson = (locale: string) => JSON.parse(readFileSync(`i18n/${locale}/code.json`, 'utf8')) as Messages;

/** What translate() was asked for, and the messages it answers from (none: the English defaults). */
const translation = vi.hoisted(() => ({
  asked: [] as { id: string; message: string }[],
  messages: null as Record<string, { message: string }> | null,
}));

vi.mock('@docusaurus/Translate', () => {
  const fill = (text: string, values: Record<string, string | number> = {}) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
  const translate = (
    { id, message }: { id: string; message: string },
    values?: Record<string, string | number>,
  ): string => {
    translation.asked.push({ id, message });
    return fill(translation.messages?.[id]?.message ?? message, values);
  };
  return { translate, default: ({ children }: { children: string }) => children };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

describe('every error code has its sentence', () => {
  it('in English, under comments.error.<code>, and in every translated locale with the same placeholders', () => {
    const locales = Object.fromEntries(PREFIXED_LOCALES.map((locale) => [locale, codeJson(locale)]));
    for (const code of ERROR_CODES) {
      translation.asked = [];
      const sentence = codedSentence({ code, params: { limit: 7, length: 9, min: 3, max: 4, language: 'fr' } });
      const asked = translation.asked.find((call) => call.id.startsWith('comments.error.'));
      expect(asked?.id, code).toBe(`comments.error.${code}`);
      expect(sentence, code).toMatch(/\w{3}/);
      expect(sentence, code).not.toMatch(/\{\w+\}/);
      for (const locale of PREFIXED_LOCALES) {
        const translated = locales[locale]![`comments.error.${code}`]?.message;
        expect(translated, `${locale} ${code}`).toBeDefined();
        expect(translated, `${locale} ${code}`).not.toBe(asked!.message);
        expect(placeholders(translated!), `${locale} ${code}`).toEqual(placeholders(asked!.message));
      }
    }
  });
});

describe('a refused comment on the French site', () => {
  const french = codeJson('fr');
  const fr = (id: string) => french[id]!.message;
  const target: Target = {
    page: '/docs/definition',
    paragraphId: 'definition-who',
    paragraphHash: 'abc1234',
    quote: { exact: 'citizen data', prefix: 'of ', suffix: ' in' },
  };
  const draft: CommentDraft = {
    ...emptyDraft(),
    authorName: 'Ada',
    stakeholder: 'cso',
    commentType: 'suggestion',
    body: 'Name the statistical office.',
  };
  const host = document.createElement('div');
  document.body.append(host);
  let root: ReturnType<typeof createRoot>;

  /** The service's answer to the comment: `status` with `body`. */
  function answering(status: number, body: Omit<ErrorResponse, 'statusCode' | 'error'>) {
    vi.stubGlobal('fetch', async () => Response.json({ statusCode: status, error: 'Refused', ...body }, { status }));
  }

  const form = (draftKey: string) =>
    act(async () => root.render(createElement(CommentForm, { target, draftKey, submitLabel: 'Envoyer' })));

  beforeEach(() => {
    translation.messages = french;
    document.documentElement.lang = 'fr';
    sessionStorage.clear();
    localStorage.clear();
    saveDraft('passage-1', draft);
    root = createRoot(host);
  });

  afterEach(async () => {
    await act(() => root.unmount());
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    translation.messages = null;
    document.documentElement.lang = 'en';
  });

  it('reads a reworded paragraph in French and reloads the page with the draft kept', async () => {
    answering(409, {
      message:
        'This paragraph was reworded after the page was opened, and the passage you selected is no longer in it.',
      code: 'paragraphReworded',
    });
    await form('passage-1');
    await submitForm(host.querySelector('form')!);
    const alert = host.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain(fr('comments.error.paragraphReworded'));
    expect(alert.textContent).not.toContain('reworded');
    expect(alert.querySelector('[lang]')).toBeNull();

    const reload = vi.spyOn(window.location, 'reload').mockImplementation(() => undefined);
    const button = [...alert.querySelectorAll('button')].find((b) => b.textContent === fr('comments.error.reloadPage'));
    await act(async () => button!.click());
    expect(reload).toHaveBeenCalledOnce();
    // After the reload the reader selects the passage anew: another passage, so another draft key.
    await act(() => root.unmount());
    root = createRoot(host);
    await form('passage-2');
    expect(fieldLabelled(host, fr('comments.field.body')).value).toBe(draft.body);
  });

  it('rebuilds a field’s limit in French next to the field', async () => {
    answering(400, {
      message: 'body: must be at most 5000 characters (it has 5003)',
      code: 'invalidFields',
      fields: [
        {
          field: 'body',
          message: 'must be at most 5000 characters (it has 5003)',
          code: 'tooLongAsStored',
          params: { limit: 5000, length: 5003 },
        },
      ],
    });
    await form('passage-1');
    await submitForm(host.querySelector('form')!);
    const body = fieldLabelled(host, fr('comments.field.body'));
    const error = document.getElementById(`${body.id}-error`)!;
    expect(error.textContent).toBe(
      fr('comments.error.tooLongAsStored').replace('{limit}', '5000').replace('{length}', '5003'),
    );
    expect(host.querySelector('[role="alert"]')!.textContent).toContain(fr('comments.error.invalidFields'));
    expect(host.querySelector('[lang="en"]')).toBeNull();
  });

  it('shows an error whose code it does not know in the service’s English, marked lang="en"', async () => {
    const english = 'Comments on this page are paused while the editors move it.';
    answering(400, {
      message: english,
      code: 'pageMoving' as ErrorResponse['code'],
      fields: [{ field: 'target.page', message: 'is being moved', code: 'pageMoving' as ErrorResponse['code'] }],
    });
    await form('passage-1');
    await submitForm(host.querySelector('form')!);
    const marked = [...host.querySelectorAll('[role="alert"] [lang="en"]')].map((part) => part.textContent);
    // The field's problem repeats the request's code: said once.
    expect(marked).toEqual([english]);
  });
});

/**
 * Turns a failed request, or an empty required field, into sentences a reader can act on, in the
 * language of the page. The service codes every error a reader can meet (src/shared/errorCodes.ts);
 * its English `message` is shown only for an error without a code this build knows, and is then
 * marked as English so that a screen reader on a French, Spanish or Arabic page reads it with an
 * English voice (WCAG 2.2 SC 3.1.2, as src/shared/textLanguage.ts does for untranslated pages).
 */
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/comments';
import { ApiError, type ErrorCoding, type FieldError } from '@site/src/client/comments/api';
import { isErrorCode, type ErrorCode, type ErrorParams } from '@site/src/shared/errorCodes';
import { thrownMessage } from '@site/src/shared/thrownMessage';
import { FALLBACK_LANGUAGE } from '@site/src/shared/textLanguage';
import { languageName, pageLanguage } from './languageName';

/** A sentence to show, with its language when that is not the page's (the service's English). */
export interface ShownText {
  text: string;
  lang?: string;
}

/** The service's own English sentence, marked as English on a page in another language. */
function serviceText(message: string): ShownText {
  return pageLanguage() === FALLBACK_LANGUAGE ? { text: message } : { text: message, lang: FALLBACK_LANGUAGE };
}

/** A param as text (absent → '', so a sentence never shows a raw `{placeholder}`). */
const param = (params: ErrorParams, name: string) => String(params[name] ?? '');

/**
 * Each code's sentence. A record over the closed union, so a code added to src/shared/errorCodes.ts
 * does not compile until it has its sentence here; each id is a literal, so
 * `npm run write-translations` finds it for i18n/<locale>/code.json.
 */
const SENTENCES: Record<ErrorCode, (params: ErrorParams) => string> = {
  invalidFields: () =>
    translate({
      id: 'comments.error.invalidFields',
      message: 'Some of what you entered could not be accepted. Please correct the following:',
    }),
  paragraphReworded: () =>
    translate({
      id: 'comments.error.paragraphReworded',
      message:
        'This paragraph was reworded after you opened the page, and the passage you selected is no longer in it. Reload the page, select the passage again and send your comment; your text is kept.',
    }),
  roundClosed: (p) =>
    translate(
      {
        id: 'comments.error.roundClosed',
        message:
          'Commenting on this part of the Framework closed on {date} (“{round}”): its comments are kept read-only, and no comment, reply or edit can be added.',
      },
      { date: param(p, 'date'), round: param(p, 'round') },
    ),
  roundUpcoming: (p) =>
    translate(
      {
        id: 'comments.error.roundUpcoming',
        message: 'Commenting on this part of the Framework opens on {date} (“{round}”). Please come back then.',
      },
      { date: param(p, 'date'), round: param(p, 'round') },
    ),
  commentRefused: () =>
    translate({
      id: 'comments.error.commentRefused',
      message:
        'The editors did not publish this comment, so it can no longer be changed. You can delete it, or write a new comment.',
    }),
  stillProcessing: () =>
    translate({
      id: 'comments.error.stillProcessing',
      message: 'This comment is still being stored. Please try again in a moment.',
    }),
  noDeviceToken: () =>
    translate({
      id: 'comments.error.noDeviceToken',
      message: 'Your browser has not kept this site’s cookie yet. Allow cookies, reload the page and answer again.',
    }),
  requestTooLarge: (p) =>
    translate(
      { id: 'comments.error.requestTooLarge', message: 'What you sent is too large: the limit is {kilobytes} KB.' },
      { kilobytes: param(p, 'kilobytes') },
    ),
  required: () => translate({ id: 'comments.error.required', message: 'This field is required.' }),
  noVisibleText: () =>
    translate({
      id: 'comments.error.noVisibleText',
      message: 'Write some visible text: spaces and invisible characters alone are not enough.',
    }),
  tooLong: (p) =>
    translate(
      { id: 'comments.error.tooLong', message: 'Too long: at most {limit} characters.' },
      { limit: param(p, 'limit') },
    ),
  tooLongAsStored: (p) =>
    translate(
      {
        id: 'comments.error.tooLongAsStored',
        message:
          'Too long: at most {limit} characters, and this text counts {length} once stored (some characters count as two).',
      },
      { limit: param(p, 'limit'), length: param(p, 'length') },
    ),
  tooShort: (p) =>
    translate(
      { id: 'comments.error.tooShort', message: 'Too short: at least {limit} characters.' },
      { limit: param(p, 'limit') },
    ),
  notOneOf: (p) =>
    translate(
      { id: 'comments.error.notOneOf', message: 'This value is not accepted. Accepted values: {values}.' },
      { values: param(p, 'values') },
    ),
  brokenCharacter: () =>
    translate({
      id: 'comments.error.brokenCharacter',
      message: 'This text contains a broken character (half of one). Delete it or type it again, then send.',
    }),
  quoteTooShort: (p) =>
    translate(
      {
        id: 'comments.error.quoteTooShort',
        message: 'The selected passage is too short: select at least {min} visible characters.',
      },
      { min: param(p, 'min') },
    ),
  quoteNotFound: () =>
    translate({
      id: 'comments.error.quoteNotFound',
      message: 'The passage you selected is not in this paragraph as published. Select it on the page again.',
    }),
  quoteInOtherLanguage: (p) =>
    translate(
      {
        id: 'comments.error.quoteInOtherLanguage',
        message:
          'The passage you selected is from the {language} text of this paragraph, not from this page. Reload the page and select the passage again.',
      },
      { language: languageName(param(p, 'language')) },
    ),
  quoteLanguageUnpublished: (p) =>
    translate(
      {
        id: 'comments.error.quoteLanguageUnpublished',
        message: 'This site publishes no {language} text to quote from. Send your comment without a quoted passage.',
      },
      { language: languageName(param(p, 'language')) },
    ),
  paragraphGone: () =>
    translate({
      id: 'comments.error.paragraphGone',
      message:
        'This paragraph is no longer on the page as published. Reload the page and comment again; your text is kept.',
    }),
  pageUnknown: () =>
    translate({
      id: 'comments.error.pageUnknown',
      message: 'This page is not one the site publishes, so it cannot take comments.',
    }),
  parentGone: () =>
    translate({
      id: 'comments.error.parentGone',
      message: 'The comment you are replying to is no longer published, so your reply cannot be added.',
    }),
  formattingTooSlow: (p) =>
    translate(
      {
        id: 'comments.error.formattingTooSlow',
        message:
          'The formatting of your text is too complex to display within {seconds} seconds. Simplify nested emphasis, links or tables.',
      },
      { seconds: param(p, 'seconds') },
    ),
  nestingTooDeep: (p) =>
    translate(
      {
        id: 'comments.error.nestingTooDeep',
        message: 'Quotes and lists can be nested at most {max} levels deep. Simplify the formatting of your text.',
      },
      { max: param(p, 'max') },
    ),
};

/** The sentence of a code, or undefined for a code this build does not know. */
export function codedSentence({ code, params = {} }: ErrorCoding): string | undefined {
  return isErrorCode(code) ? SENTENCES[code](params) : undefined;
}

/** The codes whose way forward is to reload the page (the published text changed since it was opened). */
const RELOAD_CODES: readonly ErrorCode[] = ['paragraphReworded', 'paragraphGone', 'quoteInOtherLanguage'];

/** True when reloading the page is what the reader has to do next. */
export function asksForReload(error: ApiError): boolean {
  return error.kind === 'invalid' && RELOAD_CODES.some((code) => code === error.coding.code);
}

/** A failed request, explained in one sentence in the page's language (or the service's English, marked). */
export function errorMessage(error: ApiError): ShownText {
  switch (error.kind) {
    case 'network':
      return {
        text: translate({
          id: 'comments.error.network',
          message:
            'The comment service cannot be reached at the moment. Please try again later; nothing you typed is lost.',
        }),
      };
    case 'rate-limited':
      return {
        text: translate(
          {
            id: 'comments.error.rateLimited',
            message:
              'Too many comments were sent from your network just now. Please try again in {seconds} seconds; your text is kept.',
          },
          { seconds: String(error.retryAfterSeconds ?? 60) },
        ),
      };
    case 'unauthorised':
      return {
        text: translate({
          id: 'comments.error.unauthorised',
          message: 'This browser is not allowed to change that comment.',
        }),
      };
    case 'not-found':
      return { text: translate({ id: 'comments.error.notFound', message: 'That comment no longer exists.' }) };
    case 'invalid': {
      const sentence = codedSentence(error.coding);
      return sentence === undefined ? serviceText(error.message) : { text: sentence };
    }
    case 'server':
      return {
        text: translate({
          id: 'comments.error.server',
          message: 'Something went wrong on our side. Please try again in a moment; your text is kept.',
        }),
      };
  }
}

/** One field's problem, in the page's language (or the service's English, marked). */
export function fieldMessage(field: FieldError): ShownText {
  const sentence = codedSentence(field);
  return sentence === undefined ? serviceText(field.message) : { text: sentence };
}

/**
 * A failed request and its field problems, for a place that shows them together rather than next
 * to each field. A field problem that only repeats the request's own code is left out.
 */
export function errorMessages(error: ApiError, fields: readonly FieldError[] = error.fields): ShownText[] {
  const repeats = (field: FieldError) => field.code !== undefined && field.code === error.coding.code;
  return [errorMessage(error), ...fields.filter((field) => !repeats(field)).map(fieldMessage)];
}

/** Anything a request threw, explained: an ApiError in the page's language, anything else as thrown (English, marked). */
export function explainThrown(caught: unknown): ShownText[] {
  return caught instanceof ApiError ? errorMessages(caught) : [serviceText(thrownMessage(caught))];
}

/** What to say when a field of the comment form is longer than the service accepts. */
export function tooLongMessage(limit: number): string {
  return SENTENCES.tooLong({ limit });
}

/** What to say when a required field of the comment form is empty. */
export function requiredMessage(field: string): string {
  switch (field) {
    case 'authorName':
      return translate({ id: 'comments.error.nameRequired', message: 'Enter the name to show with your comment.' });
    case 'stakeholder':
      return translate({ id: 'comments.error.stakeholderRequired', message: 'Choose who you are commenting as.' });
    case 'focus':
      return translate({ id: 'comments.error.focusRequired', message: 'Choose the focus of your feedback.' });
    case 'commentType':
      return translate({ id: 'comments.error.typeRequired', message: 'Choose the type of comment.' });
    default:
      return translate({ id: 'comments.error.bodyRequired', message: 'Write your comment.' });
  }
}

/** Turns a failed request, or an empty required field, into one sentence a reader can act on. */
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/comments';
import type { ApiError } from '@site/src/client/comments/api';

/** A failed request, explained in one translated sentence. */
export function errorMessage(error: ApiError): string {
  switch (error.kind) {
    case 'network':
      return translate({
        id: 'comments.error.network',
        message:
          'The comment service cannot be reached at the moment. Please try again later; nothing you typed is lost.',
      });
    case 'rate-limited':
      return translate(
        {
          id: 'comments.error.rateLimited',
          message:
            'Too many comments were sent from your network just now. Please try again in {seconds} seconds; your text is kept.',
        },
        { seconds: String(error.retryAfterSeconds ?? 60) },
      );
    case 'unauthorised':
      return translate({
        id: 'comments.error.unauthorised',
        message: 'This browser is not allowed to change that comment.',
      });
    case 'not-found':
      return translate({ id: 'comments.error.notFound', message: 'That comment no longer exists.' });
    case 'invalid':
      return error.message;
    case 'server':
      return translate({
        id: 'comments.error.server',
        message: 'Something went wrong on our side. Please try again in a moment; your text is kept.',
      });
  }
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

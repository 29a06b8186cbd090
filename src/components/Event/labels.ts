/** Reader-facing names of the side event's focus areas and game answers (translated). */
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/event';
import type { FocusLetter, GameAnswer } from '@site/src/shared/event';

export function focusLabel(letter: FocusLetter): string {
  switch (letter) {
    case 'a':
      return translate({
        id: 'event.focus.a',
        message: '(a) Is the Framework practical and relevant in different contexts?',
      });
    case 'b':
      return translate({
        id: 'event.focus.b',
        message: '(b) What does an enabling environment for citizen data need?',
      });
    case 'c':
      return translate({
        id: 'event.focus.c',
        message: '(c) How can the Collaborative use the Framework to shape citizen data?',
      });
  }
}

export function answerLabel(answer: GameAnswer): string {
  switch (answer) {
    case 'yes':
      return translate({ id: 'event.game.answer.yes', message: 'Yes, citizen data' });
    case 'no':
      return translate({ id: 'event.game.answer.no', message: 'No, not citizen data' });
    case 'cannot-tell':
      return translate({ id: 'event.game.answer.cannotTell', message: 'The reported definition cannot tell' });
  }
}

/**
 * Reader-facing names of the feedback vocabularies (dispositions, round states) through
 * translate(). The values come from src/shared/feedbackFields.ts, so the UI offers exactly what
 * the service accepts.
 */
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/feedback';
import { DISPOSITIONS, type DispositionValue, type RoundState } from '@site/src/shared/feedbackFields';

const DISPOSITION_LABELS: Record<DispositionValue, () => string> = {
  accepted: () => translate({ id: 'feedback.disposition.accepted', message: 'Accepted' }),
  'partly-accepted': () => translate({ id: 'feedback.disposition.partly-accepted', message: 'Partly accepted' }),
  'not-accepted': () => translate({ id: 'feedback.disposition.not-accepted', message: 'Not accepted' }),
  noted: () => translate({ id: 'feedback.disposition.noted', message: 'Noted (no change needed)' }),
  'out-of-scope': () => translate({ id: 'feedback.disposition.out-of-scope', message: 'Out of scope' }),
  duplicate: () => translate({ id: 'feedback.disposition.duplicate', message: 'Duplicate' }),
};

export const dispositionKeys = Object.keys(DISPOSITIONS) as DispositionValue[];
export const dispositionLabel = (key: DispositionValue): string => DISPOSITION_LABELS[key]?.() ?? key;
export const undecidedLabel = () => translate({ id: 'feedback.disposition.none', message: 'No decision yet' });

const ROUND_STATE_LABELS: Record<RoundState, () => string> = {
  upcoming: () => translate({ id: 'feedback.round.upcoming', message: 'Not yet open' }),
  open: () => translate({ id: 'feedback.round.open', message: 'Open' }),
  closed: () => translate({ id: 'feedback.round.closed', message: 'Closed' }),
};
export const roundStateLabel = (state: RoundState): string => ROUND_STATE_LABELS[state]();

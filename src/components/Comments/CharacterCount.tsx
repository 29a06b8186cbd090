/**
 * How many characters a limited field has left, shown once the text nears the service's limit
 * (LIMITS in src/shared/annotationFields.ts) and over it. The fields have no `maxlength`: a paste
 * longer than the limit is let in whole rather than cut without a word, and the form refuses to
 * send it with the field's error. The visible count is in the control's description (read on
 * focus); a screen reader hears it politely only when the text crosses into "near the limit", over
 * the limit or back under it, not on every keystroke.
 */
import React, { type ReactNode, useEffect, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/comments';
import styles from './styles.module.css';

/** The share of the limit from which the count shows. */
const NEAR = 0.8;

/** Whether a text of `length` characters shows its count under `limit`. */
export const showsCount = (length: number, limit: number): boolean => length >= limit * NEAR;

type Zone = 'under' | 'near' | 'over';
const zoneOf = (length: number, limit: number): Zone =>
  length > limit ? 'over' : showsCount(length, limit) ? 'near' : 'under';

function sentence(length: number, limit: number): string {
  return length > limit
    ? translate(
        { id: 'comments.count.over', message: 'Characters over the limit: {count}' },
        { count: String(length - limit) },
      )
    : translate({ id: 'comments.count.left', message: 'Characters left: {count}' }, { count: String(limit - length) });
}

interface Props {
  /** The element id, for the control's aria-describedby. */
  id: string;
  length: number;
  limit: number;
}

/** The count under a limited field (nothing while the text is well under the limit). */
export default function CharacterCount({ id, length, limit }: Props): ReactNode {
  const zone = zoneOf(length, limit);
  const [heard, setHeard] = useState('');
  // Only a change of zone is announced, with the count at that moment.
  useEffect(() => {
    setHeard(zone === 'under' ? '' : sentence(length, limit));
  }, [zone]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <>
      {zone !== 'under' && (
        <p id={id} className={zone === 'over' ? styles.countOver : styles.count}>
          {sentence(length, limit)}
        </p>
      )}
      <span className="sr-only" aria-live="polite">
        {heard}
      </span>
    </>
  );
}

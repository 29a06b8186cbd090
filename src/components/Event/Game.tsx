/**
 * "Is it citizen data?" on a phone: one card at a time; the player answers, sees whether the
 * definition as reported agrees and which element decides it (linked to that paragraph), and the
 * answer is counted anonymously in the room's tally. The score stays on the phone.
 */
import React, { useEffect, useRef, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/event';
import { GAME_ANSWERS, type GameAnswer } from '@site/src/shared/event';
import { DEFINITION_ELEMENTS, decidingLink, GAME_CARDS, scoreGame } from '@site/src/shared/game/cards';
import { ApiError } from '@site/src/client/comments/api';
import { errorMessage, type ShownText } from '@site/src/components/Comments/errorMessage';
import ShownMessage from '@site/src/components/Comments/ShownMessage';
import { fetchEventState, sendGameAnswer } from './api';
import { answerLabel } from './labels';
import styles from './styles.module.css';

export default function Game(): ReactNode {
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, GameAnswer>>({});
  // Why an answer was not counted, for the card it was given on: a late failure of the previous
  // card's answer is not shown under the next one.
  const [notice, setNotice] = useState<{ card: string; text: ShownText }>();
  const resultRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void fetchEventState();
  }, []);

  const finished = index >= GAME_CARDS.length;
  const card = GAME_CARDS[Math.min(index, GAME_CARDS.length - 1)]!;
  const given = answers[card.id];
  const score = scoreGame(answers);

  async function answer(value: GameAnswer) {
    setAnswers({ ...answers, [card.id]: value });
    setNotice(undefined);
    requestAnimationFrame(() => resultRef.current?.focus());
    try {
      await sendGameAnswer(card.id, value);
    } catch (error) {
      setNotice({
        card: card.id,
        // A refusal the service explains (a cookie the browser did not keep) is said; any other
        // failure only means the room's tally missed the answer.
        text:
          error instanceof ApiError && error.kind === 'invalid'
            ? errorMessage(error)
            : {
                text: translate({
                  id: 'event.game.notCounted',
                  message: 'Your answer could not be counted in the room’s tally, but your score is kept.',
                }),
              },
      });
    }
  }

  function next() {
    setIndex(index + 1);
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  if (finished) {
    return (
      <div className={styles.game}>
        <h2 ref={headingRef} tabIndex={-1}>
          <Translate id="event.game.done" values={{ correct: score.correct, total: score.total }}>
            {'You got {correct} of {total} right'}
          </Translate>
        </h2>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            setAnswers({});
            setIndex(0);
          }}>
          <Translate id="event.game.again">Play again</Translate>
        </button>
      </div>
    );
  }

  return (
    <div className={styles.game}>
      <h2 ref={headingRef} tabIndex={-1}>
        <Translate id="event.game.cardOf" values={{ n: index + 1, total: GAME_CARDS.length }}>
          {'Card {n} of {total}'}
        </Translate>
        {': '}
        {card.title}
      </h2>
      <dl className={styles.facts}>
        <dt>
          <Translate id="event.game.startedBy">Started by</Translate>
        </dt>
        <dd>{card.startedBy}</dd>
        <dt>
          <Translate id="event.game.designedBy">Designed by</Translate>
        </dt>
        <dd>{card.designedBy}</dd>
        <dt>
          <Translate id="event.game.collectedBy">Data collected by</Translate>
        </dt>
        <dd>{card.collectedBy}</dd>
        <dt>
          <Translate id="event.game.official">Feeds official statistics</Translate>
        </dt>
        <dd>{card.feedsOfficialStatistics}</dd>
      </dl>
      <p>
        <Translate id="event.game.question">
          Does this meet the Framework’s definition of citizen data, as reported?
        </Translate>
      </p>
      <div
        className={styles.answers}
        role="group"
        aria-label={translate({ id: 'event.game.answers', message: 'Your answer' })}>
        {GAME_ANSWERS.map((value) => (
          <button
            key={value}
            type="button"
            className={`button button--lg ${given === value ? 'button--primary' : 'button--secondary'}`}
            aria-pressed={given === value}
            disabled={given !== undefined}
            onClick={() => void answer(value)}>
            {answerLabel(value)}
          </button>
        ))}
      </div>
      {given !== undefined && (
        <div ref={resultRef} tabIndex={-1} className={styles.result}>
          <p>
            <strong>
              {given === card.verdict
                ? translate({ id: 'event.game.right', message: 'Right.' })
                : translate({ id: 'event.game.wrong', message: 'Not quite.' })}
            </strong>{' '}
            <Translate id="event.game.verdict" values={{ verdict: answerLabel(card.verdict) }}>
              {'The answer: {verdict}.'}
            </Translate>{' '}
            {card.explanation}
          </p>
          <p>
            <Translate id="event.game.decidedBy">Decided by:</Translate>{' '}
            <Link to={decidingLink(card)} data-deciding-link>
              {DEFINITION_ELEMENTS[card.decidedBy].label}
            </Link>
          </p>
          {notice?.card === card.id && (
            <p className={styles.hint}>
              <ShownMessage shown={notice.text} />
            </p>
          )}
          <button type="button" className="button button--primary" onClick={next}>
            {index + 1 < GAME_CARDS.length
              ? translate({ id: 'event.game.next', message: 'Next card' })
              : translate({ id: 'event.game.finish', message: 'See your score' })}
          </button>
        </div>
      )}
      <p className={styles.hint}>
        <Translate id="event.game.score" values={{ correct: score.correct, answered: score.answered }}>
          {'Score so far: {correct} of {answered}'}
        </Translate>
      </p>
    </div>
  );
}

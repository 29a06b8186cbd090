/** /event/2024-02-26/game: "Is it citizen data?", played on phones. */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/event';
import EventPage from '@site/src/components/Event/EventPage';
import Game from '@site/src/components/Event/Game';

export default function GamePage(): ReactNode {
  return (
    <EventPage
      title={translate({ id: 'event.game.title', message: 'Is it citizen data?' })}
      description={translate({
        id: 'event.game.description',
        message:
          'A short card game: decide whether each data initiative meets the Framework’s definition of citizen data, as reported.',
      })}
      intro={
        <p>
          <Translate
            id="event.game.intro"
            values={{
              definition: (
                <Link to="/docs/definition">
                  <Translate id="event.game.definitionLink">the definition as reported from the 2024 draft</Translate>
                </Link>
              ),
            }}>
            {
              'Each card describes a made-up data initiative. Decide whether it meets {definition}. Some cards cannot be decided from the reported text: then the right answer says so. Your answers are counted anonymously on the screen.'
            }
          </Translate>
        </p>
      }
      browserOnly>
      {() => <Game />}
    </EventPage>
  );
}

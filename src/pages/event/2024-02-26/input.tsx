/** /event/2024-02-26/input: attendees send input from the floor from their phones. */
import React, { type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/event';
import EventPage from '@site/src/components/Event/EventPage';
import FloorInput from '@site/src/components/Event/FloorInput';

export default function FloorInputPage(): ReactNode {
  return (
    <EventPage
      title={translate({ id: 'event.input.title', message: 'Input from the floor' })}
      description={translate({
        id: 'event.input.description',
        message:
          'Send a short comment on one of the side event’s three focus areas from your phone; no account needed.',
      })}
      intro={
        <p>
          <Translate id="event.input.intro">
            Send a short comment on one of the three focus areas. No account is needed; an editor approves input before
            it appears on the screen, and it is kept with the rest of the feedback on the Framework.
          </Translate>
        </p>
      }
      browserOnly>
      {() => <FloorInput />}
    </EventPage>
  );
}

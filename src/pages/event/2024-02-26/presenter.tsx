/** /event/2024-02-26/presenter: the projector view (live input, count, QR code, game tally). */
import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/event';
import EventPage from '@site/src/components/Event/EventPage';
import Presenter from '@site/src/components/Event/Presenter';

export default function PresenterPage(): ReactNode {
  return (
    <EventPage
      title={translate({ id: 'event.presenter.title', message: 'From the floor: live' })}
      description={translate({ id: 'event.presenter.description', message: 'Presenter view for the side event.' })}
      browserOnly
      projector>
      {() => <Presenter />}
    </EventPage>
  );
}

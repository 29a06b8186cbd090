/** /event/2024-02-26: the side event's kit (objectives, focus areas with QR codes, agenda, panel). */
import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/event';
import EventKit from '@site/src/components/Event/EventKit';
import EventPage from '@site/src/components/Event/EventPage';

export default function EventKitPage(): ReactNode {
  return (
    <EventPage
      title={translate({ id: 'event.kit.title', message: 'Side event kit: From Insights to Action, 26 February 2024' })}
      description={translate({
        id: 'event.kit.description',
        message:
          'Objectives, focus areas, agenda and panel of the side event of 26 February 2024, with QR codes for input from the floor.',
      })}>
      {() => <EventKit />}
    </EventPage>
  );
}

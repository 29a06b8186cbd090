/** /event/2024-02-26/game: "Is it citizen data?", played on phones. */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import styles from '@site/src/components/Event/styles.module.css';
import Link from '@docusaurus/Link';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Translate, { translate } from '@docusaurus/Translate';
import Game from '@site/src/components/Event/Game';

export default function GamePage(): ReactNode {
  const title = translate({ id: 'event.game.title', message: 'Is it citizen data?' });
  return (
    <Layout
      title={title}
      description={translate({
        id: 'event.game.description',
        message:
          'A short card game: decide whether each data initiative meets the Framework’s definition of citizen data, as reported.',
      })}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <h1>{title}</h1>
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
        <BrowserOnly fallback={<p>{translate({ id: 'event.needsJs', message: 'This page needs JavaScript.' })}</p>}>
          {() => <Game />}
        </BrowserOnly>
      </main>
    </Layout>
  );
}

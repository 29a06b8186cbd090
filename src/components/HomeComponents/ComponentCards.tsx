/** The four components of the Framework as entry-point cards on the home page. */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { FRAMEWORK_COMPONENTS } from './components';
import { componentText } from './labels';
import styles from './styles.module.css';

export default function ComponentCards(): ReactNode {
  return (
    <ul className={styles.cards}>
      {FRAMEWORK_COMPONENTS.map((data) => ({ ...data, ...componentText(data.to) })).map((component) => (
        <li key={component.to} className={styles.card}>
          <Heading as="h3" className={styles.cardTitle}>
            <Link to={component.to} className={styles.cardLink}>
              {component.title}
            </Link>
          </Heading>
          <p>{component.summary}</p>
          <p className={styles.cardStatus}>{component.status}</p>
        </li>
      ))}
    </ul>
  );
}

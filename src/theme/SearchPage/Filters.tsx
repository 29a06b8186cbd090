/** Filter checkboxes of the search page: one fieldset per facet, each box a URL value. */
import React, { type ReactNode } from 'react';
import styles from './styles.module.css';

interface Props<T extends string> {
  legend: string;
  name: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  selected: readonly T[];
  onChange(next: T[]): void;
}

export default function Filters<T extends string>({ legend, name, options, selected, onChange }: Props<T>): ReactNode {
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className={styles.checkbox}>
          <input
            type="checkbox"
            name={name}
            value={option.value}
            checked={selected.includes(option.value)}
            onChange={(event) =>
              onChange(
                event.target.checked ? [...selected, option.value] : selected.filter((value) => value !== option.value),
              )
            }
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

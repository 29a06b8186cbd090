/**
 * Filter checkboxes of the search page: one fieldset per facet, each box a URL value with the
 * number of results it would give. A box that can match nothing is shown disabled, with its 0,
 * rather than offered as a choice that ends in "Nothing matches".
 */
import React, { type ReactNode } from 'react';
import styles from './styles.module.css';

interface Props<T extends string> {
  legend: string;
  name: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  /** Results per value, when known (while the index loads, every box is enabled). */
  counts?: Partial<Record<T, number>>;
  selected: readonly T[];
  onChange(next: T[]): void;
}

export default function Filters<T extends string>({
  legend,
  name,
  options,
  counts,
  selected,
  onChange,
}: Props<T>): ReactNode {
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      {options.map((option) => {
        const count = counts ? (counts[option.value] ?? 0) : undefined;
        const checked = selected.includes(option.value);
        // A checked box stays enabled, so it can always be unticked.
        const disabled = count === 0 && !checked;
        return (
          <label key={option.value} className={`${styles.checkbox} ${disabled ? styles.disabled : ''}`}>
            <input
              type="checkbox"
              name={name}
              value={option.value}
              disabled={disabled}
              checked={checked}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...selected, option.value]
                    : selected.filter((value) => value !== option.value),
                )
              }
            />{' '}
            {option.label}
            {count !== undefined && <span className={styles.facetCount}> ({count})</span>}
          </label>
        );
      })}
    </fieldset>
  );
}

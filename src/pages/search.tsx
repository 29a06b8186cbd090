/** Route `/search`: the full search page lives in src/theme/SearchPage. */
export { default } from '@site/src/theme/SearchPage';

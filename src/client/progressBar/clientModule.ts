/**
 * Browser, loaded on every page: the bar Docusaurus shows during a page change that takes more
 * than 200 ms (nprogress, started by @docusaurus/theme-classic) without nprogress's made-up ARIA
 * roles. Its default markup says `role="bar"` and `role="spinner"`, which are no ARIA roles: axe
 * rates that critical, and a reader on a slow connection met it on every such page change (CI's
 * axe check caught the bar mid-navigation). The bar is decorative, since Docusaurus announces the
 * new page itself, so it is hidden from assistive technology and found by its class instead
 * (rstacruz/nprogress#180, open since 2017).
 */
import nprogress from 'nprogress';

nprogress.configure({
  template: '<div class="bar" aria-hidden="true"><div class="peg"></div></div>',
  barSelector: '.bar',
  spinnerSelector: '.spinner',
});

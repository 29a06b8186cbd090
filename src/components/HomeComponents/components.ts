/**
 * The Framework's four components as home-page entry points. Their existence is verified (IISD,
 * 14 February 2024); the blurbs are our words and claim nothing beyond the verified scope.
 */
export interface FrameworkComponent {
  readonly title: string;
  readonly to: string;
  readonly summary: string;
  /** What a reader will find on the page, including what is pending. */
  readonly status: string;
}

export const FRAMEWORK_COMPONENTS: readonly FrameworkComponent[] = [
  {
    title: 'Operational definition',
    to: '/docs/definition',
    summary:
      'What counts as citizen data: citizens start an initiative, or are sufficiently engaged in its design or collection.',
    status: 'Draft definition, element by element, with confidence labels.',
  },
  {
    title: 'Guiding principles',
    to: '/docs/principles',
    summary:
      'Principles for producing and using citizen data, guided among other things by a human rights-based approach to data.',
    status: 'Official names pending; themes as summarised by others.',
  },
  {
    title: 'Enabling environment',
    to: '/docs/enabling-environment',
    summary: 'Strategies that help a country coordinate, produce and use citizen data.',
    status: 'Actors and cross-cutting themes from sources; headings pending.',
  },
  {
    title: 'Implementation roadmap',
    to: '/docs/roadmap',
    summary: 'A roadmap for putting the Framework into practice.',
    status: 'Roadmap actions pending; activities reported since 2024.',
  },
];

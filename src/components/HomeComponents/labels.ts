/**
 * The home page's lists in the reader's language. The data (startHere.ts, components.ts) stays
 * English because the site config reads it too (navbar and footer labels are translated through
 * Docusaurus's navbar.json and footer.json); here each entry's words go through `translate()` with
 * a literal id, which is what `write-translations` extracts. tests/dom/translatedLabels.test.ts checks
 * that every entry has its translation ids and that the English messages match the data.
 */
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/home';

export interface GuideText {
  label: string;
  blurb: string;
}

/** The reader's guide pages by route; `undefined` for a route added to startHere.ts but not here. */
export function guideText(to: string): GuideText | undefined {
  switch (to) {
    case '/docs/at-a-glance':
      return {
        label: translate({ id: 'home.guide.atAGlance.label', message: 'The Framework at a glance' }),
        blurb: translate({ id: 'home.guide.atAGlance.blurb', message: 'one page, safe to print and quote' }),
      };
    case '/docs/questions':
      return {
        label: translate({ id: 'home.guide.questions.label', message: 'Questions people ask' }),
        blurb: translate({ id: 'home.guide.questions.blurb', message: 'short answers with their evidence' }),
      };
    case '/docs/known-and-unknown':
      return {
        label: translate({ id: 'home.guide.knownAndUnknown.label', message: 'What is known and what is not' }),
        blurb: translate({ id: 'home.guide.knownAndUnknown.blurb', message: 'every fact with how sure we are' }),
      };
    case '/docs/citing':
      return {
        label: translate({ id: 'home.guide.citing.label', message: 'Citing the Framework correctly' }),
        blurb: translate({ id: 'home.guide.citing.blurb', message: 'names, dates and mis-citations to avoid' }),
      };
    case '/docs/who-is-who':
      return {
        label: translate({ id: 'home.guide.whoIsWho.label', message: 'Who is who' }),
        blurb: translate({ id: 'home.guide.whoIsWho.blurb', message: 'people, bodies and exact titles' }),
      };
    case '/docs/side-event-focus-areas':
      return {
        label: translate({ id: 'home.guide.focusAreas.label', message: 'The side event’s focus areas (a) to (c)' }),
        blurb: translate({ id: 'home.guide.focusAreas.blurb', message: 'where feedback on each belongs' }),
      };
    default:
      return undefined;
  }
}

export interface ComponentText {
  title: string;
  summary: string;
  status: string;
}

/** The Framework's four components by route (components.ts). */
export function componentText(to: string): ComponentText | undefined {
  switch (to) {
    case '/docs/definition':
      return {
        title: translate({ id: 'home.component.definition.title', message: 'Operational definition' }),
        summary: translate({
          id: 'home.component.definition.summary',
          message:
            'What counts as citizen data: citizens start an initiative, or are sufficiently engaged in its design or collection.',
        }),
        status: translate({
          id: 'home.component.definition.status',
          message: 'Draft definition, element by element, with confidence labels.',
        }),
      };
    case '/docs/principles':
      return {
        title: translate({ id: 'home.component.principles.title', message: 'Guiding principles' }),
        summary: translate({
          id: 'home.component.principles.summary',
          message:
            'Principles for producing and using citizen data, guided among other things by a human rights-based approach to data.',
        }),
        status: translate({
          id: 'home.component.principles.status',
          message: 'Official names pending; themes as summarised by others.',
        }),
      };
    case '/docs/enabling-environment':
      return {
        title: translate({ id: 'home.component.enablingEnvironment.title', message: 'Enabling environment' }),
        summary: translate({
          id: 'home.component.enablingEnvironment.summary',
          message: 'Strategies that help a country coordinate, produce and use citizen data.',
        }),
        status: translate({
          id: 'home.component.enablingEnvironment.status',
          message: 'Actors and cross-cutting themes from sources; headings pending.',
        }),
      };
    case '/docs/roadmap':
      return {
        title: translate({ id: 'home.component.roadmap.title', message: 'Implementation roadmap' }),
        summary: translate({
          id: 'home.component.roadmap.summary',
          message: 'A roadmap for putting the Framework into practice.',
        }),
        status: translate({
          id: 'home.component.roadmap.status',
          message: 'Roadmap actions pending; activities reported since 2024.',
        }),
      };
    default:
      return undefined;
  }
}

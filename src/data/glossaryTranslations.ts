/**
 * The glossary's terms in the site's other languages, keyed by locale, then by the English entry's
 * id (`src/data/glossary.ts`). Unofficial: the names are the ones readers of each language use (the
 * UN's own names for its bodies where it has them); none is the Framework's wording.
 *
 * Why a separate table: the English glossary is the source, and a term's translation must never
 * change its id, acronyms or sources. Search reads the names (a French or Spanish query on any
 * locale's site finds the concept); the glossary page and previews show them.
 *
 * Names that are proper names in every language (IGF, EST, EGRISS, UNITAR, WBG Institute, IISD,
 * ISI, Friday Seminar, International Civil Society Centre, Collaborative on Citizen Data) keep their
 * English form, and acronyms our sources do not spell out stay unexpanded: a translation may not
 * claim more than the English entry does. Validated in tests/unit/content/glossaryTranslations.test.ts.
 *
 * Definitions: a faithful translation of the English definition, nothing added (every number, date
 * and name as in English: tests/unit/i18n/translationFidelity.test.ts). Each carries its translation
 * record, whose `source` is the SHA-256 of the English definition it follows; when the English
 * definition changes, the staleness check (tests/unit/i18n/staleness.test.ts) names the entry until
 * the translation is updated and the new hash recorded (`npx tsx src/plugins/translations/status.ts`
 * prints it). A term without a definition here shows the English one.
 */
import type { GlossaryTermTranslation, TranslationRecord } from '../shared/contentModel';

/** Locales with glossary translations: every site locale but English. */
export type GlossaryLocale = 'fr' | 'es' | 'ar';

type Table = Readonly<Record<string, GlossaryTermTranslation>>;

/** The record of the definitions translated on 2026-11-30, as translated pages label theirs. */
function machineAssisted(source: string): TranslationRecord {
  return { by: 'machine-assisted (AI language model), not yet reviewed by a person', date: '2026-11-30', source };
}

const FR: Table = {
  'citizen-data': {
    term: 'Données citoyennes',
    definition:
      'Selon ce qui est rapporté du projet de 2024 : des données issues d’initiatives que des citoyens lancent eux-mêmes ou auxquelles ils participent suffisamment, au moins à l’étape de la conception, à celle de la collecte ou aux deux. La formulation finale de 2025 n’est pas encore disponible ici. Une page d’un partenaire note que certains acteurs disent « community data » (données communautaires) pour à peu près la même chose.',
    translation: machineAssisted('d2411ac51c2df4f7b76b01cb17ecd5b1edf50dbda2e25f4739355b3bb79db0f8'),
  },
  'citizen-generated-data': {
    term: 'Données générées par les citoyens',
    definition:
      'L’un des types de données regroupés sous le terme générique de données citoyennes. Certains acteurs emploient le terme presque comme synonyme de données citoyennes. PARIS21 en a publié une définition antérieure et distincte, qui n’est pas celle du Cadre de Copenhague.',
    translation: machineAssisted('61fa427c57e6fba4f9de5c6972f22e6b8340021f8ff96269da5b15fdc61f6790'),
  },
  'community-driven-data': {
    term: 'Données pilotées par les communautés',
    definition:
      'L’un des trois types de données regroupés sous le terme générique de données citoyennes. Les sources dont nous disposons le nomment sans le définir davantage. À ne pas confondre avec « community data » (données communautaires), que certains acteurs emploient pour l’ensemble des données citoyennes.',
    translation: machineAssisted('a0d12447fe418538d3d908ec796910bb4d12a5961dbaa92e4d9bebcd723276d8'),
  },
  'citizen-science-data': {
    term: 'Données de science citoyenne',
    aliases: ['science citoyenne'],
    definition:
      'Des données collectées par des membres du public qui participent à un travail scientifique, comme le suivi des déchets marins au Ghana ; l’un des types de données regroupés sous les données citoyennes.',
    translation: machineAssisted('8ab2b027121bd37c95024fc6ac02df157d5979b5f2728c38544c97ebab1e88bd'),
  },
  'data-value-chain': {
    term: 'Chaîne de valeur des données',
    definition:
      'La suite d’étapes qui transforme un besoin de données en données utilisées pour des décisions. Seules deux étapes, la conception et la collecte, sont confirmées comme nommées dans la définition du Cadre ; sa liste complète des étapes n’est pas encore disponible ici.',
    translation: machineAssisted('8843cd9832325ec17c1ee38a41d985abfd1231751cd6201f749ba2fd51a122bf'),
  },
  nso: {
    term: 'Institut national de statistique',
    acronyms: ['INS', 'ONS'],
    aliases: ['office national de statistique', 'bureau national de statistique'],
    definition:
      'L’organisme public qui produit la statistique officielle d’un pays et coordonne généralement son système statistique national.',
    translation: machineAssisted('ac83186657797d07126dcd078ea67096f1722b9d22ca18c339d49ab727118861'),
  },
  cso: {
    term: 'Organisation de la société civile',
    acronyms: ['OSC', 'ONG'],
    aliases: ['organisation non gouvernementale'],
    definition:
      'Une organisation non gouvernementale à but non lucratif, du groupe communautaire local au réseau international. Beaucoup travaillent en étroite relation avec des groupes que les données officielles ne saisissent pas.',
    translation: machineAssisted('77897bb868ba613b4ef5300a0b889fe8d0cc5d09cd3830a9a98047893be2bbd3'),
  },
  nhri: {
    term: 'Institution nationale des droits de l’homme',
    acronyms: ['INDH'],
    definition:
      'Un organisme indépendant créé par un État pour protéger et promouvoir les droits de l’homme dans son pays. Les INDH font partie des membres du Collaborative on Citizen Data.',
    translation: machineAssisted('0942c313f12aa92dc5f5335d44a5493ccccd5f63484368ee77d1cc84bf768d3b'),
  },
  sdg: {
    term: 'Objectifs de développement durable',
    acronyms: ['ODD'],
    aliases: ['Programme 2030'],
    definition:
      'Les objectifs du Programme de développement durable à l’horizon 2030 de l’ONU. Les lacunes des données servant à en suivre la réalisation sont l’une des raisons de l’intérêt pour les données citoyennes.',
    translation: machineAssisted('c12980ee1b64d2699459b14efc11e8fc3ba8127457b7e5948bca6611b25796d8'),
  },
  hrbad: {
    term: 'Approche des données fondée sur les droits de l’homme',
    definition:
      'La note d’orientation du HCDH de 2018 sur la collecte et l’utilisation des données dans le respect des droits de l’homme. Les principes du Cadre s’en inspireraient, entre autres ; ses six principes propres appartiennent au HCDH, pas au Cadre.',
    translation: machineAssisted('fd831f946ddd5527dff52a5852a865f92dd4ff40c490ecca4bf0796e1a8eef7c'),
  },
  egm: {
    term: 'Réunion du groupe d’experts',
    aliases: ['réunion d’experts'],
    definition:
      'Une réunion de l’ONU rassemblant des experts invités sur un thème. Une série de réunions de groupes d’experts sur les données citoyennes (Bangkok 2022, Copenhague 2023, New York, Bangkok 2025) a façonné puis examiné le Cadre.',
    translation: machineAssisted('b239099b7f207b859444ad7621b701ab5a14282432ccb287488b29b1ff2f4368'),
  },
  unsc: {
    term: 'Commission de statistique de l’ONU',
    aliases: ['Commission de statistique', 'Commission de statistique des Nations Unies'],
    definition:
      'L’organe de l’ONU où les offices statistiques des pays se réunissent en sessions annuelles ; la page officielle de sa 56e session se trouve sur le site de l’ECOSOC. Le projet de Cadre a été présenté à sa 55e session (2024) et approuvé à sa 56e (2025).',
    translation: machineAssisted('e908af2c2aa06abf66095cd995247bc1f2267780e65d3a0432d446c6fc8a5a4a'),
  },
  lnob: {
    term: 'Ne laisser personne de côté',
    definition:
      'La promesse centrale du Programme de développement durable à l’horizon 2030 : qu’aucun groupe ne soit exclu du progrès. Le Leave No One Behind Partnership de l’International Civil Society Centre est nommé coprésident du Collaborative on Citizen Data.',
    translation: machineAssisted('052ec89758970ab9c3a7c53232d8c3b7f4ff6fbc9fbafba9f6a74d789d044c54'),
  },
  unsd: {
    term: 'Division de statistique de l’ONU',
    aliases: ['Division de statistique des Nations Unies'],
    definition:
      'La division de statistique du DAES de l’ONU. Elle organise le Collaborative on Citizen Data et en assure le secrétariat.',
    translation: machineAssisted('f78c005a5fbb204021727518f283f1db40283004bcebdb7e8c80e1a04d7b773c'),
  },
  'un-desa': {
    term: 'Département des affaires économiques et sociales de l’ONU',
    acronyms: ['DAES'],
    definition:
      'Le département de l’ONU qui comprend la Division de statistique (UNSD) et publie la lettre d’information UN DESA Voice.',
    translation: machineAssisted('0cf7c7d417bd2e4d5b5277c66ac9183360230b73be8c0dda968581c4738de9e1'),
  },
  'un-women': {
    term: 'ONU Femmes',
    definition:
      'L’entité de l’ONU pour l’égalité des sexes. Elle a co-organisé le Collaborative on Citizen Data (co-convener) en 2024 et a co-accueilli la troisième réunion du groupe d’experts.',
    translation: machineAssisted('3213c30df6db8f39d722d1c84805bc3708a238500e81548ead62272fb31bb3e4'),
  },
  ohchr: {
    term: 'Haut-Commissariat des Nations Unies aux droits de l’homme',
    acronyms: ['HCDH'],
    definition:
      'Le bureau de l’ONU chargé des droits de l’homme. Il a publié la note d’orientation sur une approche des données fondée sur les droits de l’homme (HRBAD).',
    translation: machineAssisted('360ee9a5cc795c4146f618da2dbb9fc1f686fe9825a7feb95b365a336c8a0c50'),
  },
  paris21: {
    term: 'PARIS21',
    definition:
      'Un partenariat qui soutient le développement statistique. Il a publié une définition antérieure des données générées par les citoyens, distincte de celle du Cadre de Copenhague, et a participé à l’atelier du HLPF de 2025 sur les données citoyennes.',
    translation: machineAssisted('a33944a3c429c0f565ca7150b33c7fe5048a8da711279052f2a65787ecf9d2ce'),
  },
  hlpf: {
    term: 'Forum politique de haut niveau pour le développement durable',
    acronyms: ['FPHN'],
    definition:
      'Le forum annuel de l’ONU chargé d’examiner le Programme 2030. Des réunions sur les données citoyennes se sont tenues en marge de celui-ci : la troisième réunion du groupe d’experts et un atelier en 2025.',
    translation: machineAssisted('611ca4009dd8043513903a5bf06d5ebd5b22737cba839070a9a21e8eb8631369'),
  },
  unwdf: {
    term: 'Forum mondial des Nations Unies sur les données',
    aliases: ['Forum mondial sur les données'],
    definition:
      'Une conférence de l’ONU sur les données pour le développement durable. Le Collaborative on Citizen Data a été lancé lors de sa 4e édition (Hangzhou, avril 2023) et a participé à sa 5e (Medellín, novembre 2024).',
    translation: machineAssisted('f418e0fa1464e60a65f731ed6bac143a00e111ec4286ef4e800e16fc41736765'),
  },
  'data-disaggregation': {
    term: 'Ventilation des données',
    aliases: ['données ventilées', 'désagrégation'],
    definition:
      'Le fait de décomposer des données selon des caractéristiques telles que le sexe, l’âge, le handicap ou le lieu, afin que les différences entre groupes deviennent visibles. C’est l’un des six principes de la HRBAD, et elle est nommée dans le résumé des thèmes du Cadre fait par le Global Partnership.',
    translation: machineAssisted('a64caa9d1ac81133f9cdb4452d45ad97d02f5bc8d4371f689be7c73b7a4f73a7'),
  },
  'official-statistics': {
    term: 'Statistique officielle',
    aliases: ['statistiques officielles'],
    definition:
      'Les statistiques produites par un système statistique national, piloté par l’INS, dans le cadre de son mandat et de ses normes de qualité. Les données citoyennes se situent généralement en dehors ; savoir si et comment intégrer les deux est une question récurrente.',
    translation: machineAssisted('e1aeb9a751bec00d1e54dbaedbe57641b0c78a92f251c72c905ad1ca31ce8942'),
  },
  'national-data-ecosystem': {
    term: 'Écosystème national de données',
    aliases: ['écosystème de données'],
    definition:
      'L’ensemble des personnes et des organisations d’un pays qui produisent, partagent et utilisent des données, au sein de l’administration et en dehors. Les données citoyennes en font partie même lorsqu’elles ne relèvent pas de la statistique officielle.',
    translation: machineAssisted('307ad311c191ac96cf131b82aa28f492106ace5f2111fd1cc598c5a463371e00'),
  },
  'non-state-actors': {
    term: 'Acteurs non étatiques',
    aliases: ['acteur non étatique'],
    definition:
      'Des organisations et des personnes extérieures à l’administration, comme les OSC, le monde universitaire et le secteur privé. On ne sait pas comment le Cadre final emploie ce terme. La définition plus ancienne des données générées par les citoyens de PARIS21, un texte différent du Cadre, repose sur lui.',
    translation: machineAssisted('bf709b05959c4533cb8494e4f76b6a883e454ba6dfbff9e8ee39df7c29134148'),
  },
  collaborative: {
    term: 'Collaborative on Citizen Data',
    definition:
      'Un partenariat ancré à l’ONU, organisé par l’UNSD et lancé en avril 2023, qui a élaboré le Cadre de Copenhague. Il comptait plus de 500 membres en décembre 2025.',
    translation: machineAssisted('e31b9a224bbeb69bd0e28b2dea6989e3dcf11e1bda1967a8f54739b6f5f419ae'),
  },
  opd: {
    term: 'Organisation de personnes handicapées',
    acronyms: ['OPH'],
    definition:
      'Une organisation dirigée par des personnes handicapées et qui les représente. La note conceptuelle de l’événement parallèle de 2024 cite les personnes handicapées parmi les groupes de la société civile de son panel, et l’atelier du HLPF de 2025 a consacré une séance aux données sur le handicap.',
    translation: machineAssisted('549af0949e24858f2882992db666bfd4792e3a97a0a28ca517acacf1ca2fbc23'),
  },
  gpsdd: {
    term: 'Partenariat mondial pour les données du développement durable',
    definition:
      'Un réseau partenaire qui écrit sur le Cadre et mène l’initiative « Make Inclusive Data the Norm ». Ses cinq thèmes sont son propre résumé des principes du Cadre, pas leurs noms officiels.',
    translation: machineAssisted('a106236273f58485299573e770768fe2eab801b106eed8a9178ec942ccedc92d'),
  },
  icsc: {
    term: 'International Civil Society Centre',
    definition:
      'Un réseau de la société civile qui codirige le Collaborative on Citizen Data avec l’UNSD (en décembre 2025) ; son Leave No One Behind Partnership est nommé coprésident.',
    translation: machineAssisted('48a8fd54f5a4b671e87210cc0a6a74266abca38b254e82a3fe842f984b6a90a6'),
  },
  dihr: {
    term: 'Institut danois des droits de l’homme',
    definition:
      'Un institut danois des droits de l’homme, membre du comité de pilotage du Collaborative on Citizen Data. Il a accueilli la réunion du groupe d’experts de septembre 2023 à Copenhague.',
    translation: machineAssisted('d61256424224d961f86fc7062bc74e149236c73e3ecd5ce1edcf0a9a6dd9dac3'),
  },
  un: {
    term: 'Nations Unies',
    acronyms: ['ONU'],
    aliases: ['Organisation des Nations Unies'],
    definition:
      'L’organisation dont la Division de statistique (UNSD) organise le Collaborative on Citizen Data et dont la Commission de statistique a approuvé le Cadre en 2025.',
    translation: machineAssisted('536ca19cbdbb67cd1d52872a01b5258dfb3fed26ca7ad62461a15a1fb97d0cfd'),
  },
  escap: {
    term: 'CESAP (ONU)',
    acronyms: ['CESAP'],
    definition:
      'Un organe de l’ONU qui a organisé, avec l’UNSD, la réunion du groupe d’experts de novembre 2022 à Bangkok. Nos sources ne développent pas le sigle ; nous non plus.',
    translation: machineAssisted('8e14135e6c0d5600b82aaa4746527dd897b152dcc728a10eb87db5760d2cf47c'),
  },
  egriss: {
    term: 'EGRISS',
    definition:
      'Un groupe dont nos sources disent qu’il prévoyait, en 2023, de rejoindre les travaux du Collaborative. Il a plaidé pour que les personnes déplacées et apatrides soient prises en compte et prévoyait une étude de cas sur les déplacements forcés pour le projet. Nos sources ne développent pas le sigle et ne décrivent pas davantage le groupe.',
    translation: machineAssisted('4e20075f4485b92202cb49c5b62e1f6f2afe07ceddb132a88b0d043363c2d62e'),
  },
  unitar: {
    term: 'UNITAR',
    definition:
      'L’un des partenaires nommés pour l’atelier du HLPF de juillet 2025 sur les données citoyennes. Nos sources ne développent pas le sigle et ne le décrivent pas davantage.',
    translation: machineAssisted('9943bc6f7753beca9f470c5d15776fd37f04a65774bfe9007533279cd2b5f976'),
  },
  isi: {
    term: 'ISI et ses associations (IAOS, IASS)',
    definition:
      'Des noms associés aux conférences de statistique dont ce site cite des propositions de session (sur isi-next.org) ; la feuille de route a été présentée à la conférence IAOS-ISI de Mexico en 2024. Nos sources ne développent pas ces sigles.',
    translation: machineAssisted('7a43cb4c3149c254a7467b9c6862e59f4bb8faa6795929e4764f90f9355c8059'),
  },
  'session-proposal': {
    term: 'Proposition de session',
    definition:
      'Une proposition de session pour une conférence de statistique de l’ISI, publiée sur isi-next.org. Trois d’entre elles (numéros 283, 572 et 1010) sont des sources de ce site ; elles décrivent l’histoire du Cadre, pas son texte.',
    translation: machineAssisted('6924a2e0751a5bcfa89cc0b04c6d3e820e80bcbaa8fa4b5a79e6d5e46d72c713'),
  },
  'friday-seminar': {
    term: 'Friday Seminar',
    definition:
      'Un séminaire tenu en marge d’une session de la Commission de statistique de l’ONU. À la 54e session (2023), il avait pour titre « Towards a framework to harness data by citizens, for citizens and about citizens » ; en 2024, il s’est tenu le 23 février, avant la 55e session, sur les questions émergentes.',
    translation: machineAssisted('c86bd127364522a69addc1958ccb9dc63653dada5a1b0d0b77f4fa12158cced0'),
  },
  ecosoc: {
    term: 'ECOSOC',
    aliases: ['Conseil économique et social'],
    definition:
      'Son site web héberge la page officielle de la 56e session de la Commission de statistique (4–7 mars 2025), la session qui a approuvé le Cadre. Nos sources ne développent pas le sigle.',
    translation: machineAssisted('24a0cc221f9c8dcc1d652232b0800317e3c2d49d1f1c53bbdce92089c2d8fa9c'),
  },
  unece: {
    term: 'CEE-ONU',
    acronyms: ['CEE-ONU'],
    definition:
      'Le nom associé à l’Aarhus Clearinghouse, dont la fiche sur les bonnes pratiques de participation citoyenne du Collaborative est une source ici. Nos sources ne développent pas le sigle.',
    translation: machineAssisted('a1fde91445be21841c40a11c58205756851461ea55a35c78677ae41daccc5c71'),
  },
  igf: {
    term: 'IGF',
    definition:
      'Le forum dont l’Open Forum #21 de 2025, sur les données citoyennes portées par Internet pour les services publics, est une source pour des exemples du Ghana et de la Colombie. Nos sources ne développent pas le sigle.',
    translation: machineAssisted('a7464fc8021ff0c782fb3da32f9bcb0837e61a09335d077f31ac13da71c4c70e'),
  },
  iisd: {
    term: 'IISD SDG Knowledge Hub',
    definition:
      'Un site d’actualités qui a rendu compte de la consultation sur le projet de Cadre (14 février 2024), du lancement du Collaborative et de plusieurs étapes ultérieures ; c’est la principale source de la définition rapportée du projet. Nos sources ne développent pas le sigle.',
    translation: machineAssisted('1f1152c829bda78b3a669b23dc41978aabaa4b267ae2dec04b063cd7c65b86c3'),
  },
  lgbtqi: {
    term: 'Groupes LGBTQI',
    aliases: ['LGBTQI+'],
    definition:
      'La note conceptuelle de l’événement parallèle cite « Persons with disabilities & LGBTQi » comme organisations de la société civile de son panel prévu ; ce site écrit LGBTQI. Nos sources ne développent pas le sigle ; nous non plus.',
    translation: machineAssisted('327587b5ec380330fa2f225743ba3bf63761b8df1d073412215620e8917d6921'),
  },
  est: {
    term: 'EST',
    definition:
      'Le fuseau horaire indiqué pour les horaires de l’événement parallèle du 26 février 2024 à New York, tels que les écrit sa note conceptuelle.',
    translation: machineAssisted('79422b7c57b8870492cd238b09c7a650381ef074bac7cb7f3f6fead2a75cb07d'),
  },
  'wbg-institute': {
    term: 'WBG Institute',
    definition:
      'Nommé, avec la Data Academy de la Banque mondiale et l’Open Institute, comme proposant le cours « Understanding the Copenhagen Framework » ; la page de ce cours est une source ici. Nos sources ne développent pas le sigle.',
    translation: machineAssisted('0ff96d126fa54b24a746ab5a3d7efa1f7509e57f05687a67ecfa724088f3f55c'),
  },
  dane: {
    term: 'DANE (Colombie)',
    definition:
      'Un organisme colombien cité dans un résumé de session de l’IGF 2025 pour son travail de co-création sur les données citoyennes ; le résumé ne dit pas ce qu’il a co-créé. Nos sources ne développent pas le sigle.',
    translation: machineAssisted('170794d1db913e22a2f72146c7793d792359fc9a3c809d33645ec855d208c895'),
  },
  ai: {
    term: 'Intelligence artificielle',
    acronyms: ['IA'],
    definition:
      'La quatrième réunion du groupe d’experts (Bangkok, novembre 2025) a examiné son rôle dans la production et l’utilisation des données citoyennes. On ne sait pas si le texte même du Cadre traite de l’IA.',
    translation: machineAssisted('9aa44971ca3fcf40115c1f346f37031acf693609728e4c4ba49787645425a1e4'),
  },
};

const ES: Table = {
  'citizen-data': {
    term: 'Datos ciudadanos',
    definition:
      'Según lo que se ha informado del borrador de 2024: datos procedentes de iniciativas que la ciudadanía pone en marcha por sí misma o en las que participa lo suficiente, como mínimo en la etapa de diseño, en la de recopilación o en ambas. La redacción final de 2025 aún no está disponible aquí. Una página de un socio señala que algunos actores dicen «community data» (datos comunitarios) para prácticamente lo mismo.',
    translation: machineAssisted('d2411ac51c2df4f7b76b01cb17ecd5b1edf50dbda2e25f4739355b3bb79db0f8'),
  },
  'citizen-generated-data': {
    term: 'Datos generados por la ciudadanía',
    aliases: ['datos generados por los ciudadanos'],
    definition:
      'Uno de los tipos de datos agrupados bajo el término general de datos ciudadanos. Algunos actores usan el término casi como sinónimo de datos ciudadanos. PARIS21 publicó una definición anterior y distinta, que no es la del Marco de Copenhague.',
    translation: machineAssisted('61fa427c57e6fba4f9de5c6972f22e6b8340021f8ff96269da5b15fdc61f6790'),
  },
  'community-driven-data': {
    term: 'Datos impulsados por la comunidad',
    definition:
      'Uno de los tres tipos de datos agrupados bajo el término general de datos ciudadanos. Las fuentes de que disponemos lo nombran, pero no lo definen más. No debe confundirse con «community data» (datos comunitarios), que algunos actores usan para los datos ciudadanos en su conjunto.',
    translation: machineAssisted('a0d12447fe418538d3d908ec796910bb4d12a5961dbaa92e4d9bebcd723276d8'),
  },
  'citizen-science-data': {
    term: 'Datos de ciencia ciudadana',
    aliases: ['ciencia ciudadana'],
    definition:
      'Datos recopilados por personas del público que participan en un trabajo científico, como el seguimiento de la basura marina en Ghana; uno de los tipos de datos agrupados bajo los datos ciudadanos.',
    translation: machineAssisted('8ab2b027121bd37c95024fc6ac02df157d5979b5f2728c38544c97ebab1e88bd'),
  },
  'data-value-chain': {
    term: 'Cadena de valor de los datos',
    definition:
      'La secuencia de pasos que convierte una necesidad de datos en datos utilizados para tomar decisiones. Solo dos etapas, el diseño y la recopilación, están confirmadas como nombradas en la definición del Marco; su lista completa de etapas aún no está disponible aquí.',
    translation: machineAssisted('8843cd9832325ec17c1ee38a41d985abfd1231751cd6201f749ba2fd51a122bf'),
  },
  nso: {
    term: 'Oficina nacional de estadística',
    acronyms: ['ONE', 'INE'],
    aliases: ['instituto nacional de estadística'],
    definition:
      'El organismo público que produce las estadísticas oficiales de un país y que suele coordinar su sistema estadístico nacional.',
    translation: machineAssisted('ac83186657797d07126dcd078ea67096f1722b9d22ca18c339d49ab727118861'),
  },
  cso: {
    term: 'Organización de la sociedad civil',
    acronyms: ['OSC', 'ONG'],
    aliases: ['organización no gubernamental'],
    definition:
      'Una organización no gubernamental y sin ánimo de lucro, desde un grupo comunitario local hasta una red internacional. Muchas trabajan de cerca con grupos que los datos oficiales no recogen.',
    translation: machineAssisted('77897bb868ba613b4ef5300a0b889fe8d0cc5d09cd3830a9a98047893be2bbd3'),
  },
  nhri: {
    term: 'Institución nacional de derechos humanos',
    acronyms: ['INDH'],
    definition:
      'Un organismo independiente creado por un Estado para proteger y promover los derechos humanos en su país. Las INDH figuran entre los miembros del Collaborative on Citizen Data.',
    translation: machineAssisted('0942c313f12aa92dc5f5335d44a5493ccccd5f63484368ee77d1cc84bf768d3b'),
  },
  sdg: {
    term: 'Objetivos de Desarrollo Sostenible',
    acronyms: ['ODS'],
    aliases: ['Agenda 2030'],
    definition:
      'Los objetivos de la Agenda 2030 para el Desarrollo Sostenible de las Naciones Unidas. Las lagunas en los datos que sirven para su seguimiento son una de las razones del interés por los datos ciudadanos.',
    translation: machineAssisted('c12980ee1b64d2699459b14efc11e8fc3ba8127457b7e5948bca6611b25796d8'),
  },
  hrbad: {
    term: 'Enfoque de los datos basado en los derechos humanos',
    definition:
      'La nota de orientación del ACNUDH de 2018 sobre la recopilación y el uso de datos de conformidad con los derechos humanos. Según se informa, los principios del Marco se guían por ella, entre otras cosas; sus seis principios propios son del ACNUDH, no del Marco.',
    translation: machineAssisted('fd831f946ddd5527dff52a5852a865f92dd4ff40c490ecca4bf0796e1a8eef7c'),
  },
  egm: {
    term: 'Reunión del grupo de expertos',
    aliases: ['reunión de expertos'],
    definition:
      'Una reunión de las Naciones Unidas de expertos invitados sobre un tema. Una serie de reuniones de grupos de expertos sobre datos ciudadanos (Bangkok 2022, Copenhague 2023, Nueva York, Bangkok 2025) dio forma al Marco y después lo examinó.',
    translation: machineAssisted('b239099b7f207b859444ad7621b701ab5a14282432ccb287488b29b1ff2f4368'),
  },
  unsc: {
    term: 'Comisión de Estadística de las Naciones Unidas',
    aliases: ['Comisión de Estadística'],
    definition:
      'El órgano de las Naciones Unidas en el que las oficinas de estadística de los países se reúnen en períodos de sesiones anuales; la página oficial de su 56.º período de sesiones está en el sitio web del ECOSOC. El borrador del Marco se presentó en su 55.º período de sesiones (2024) y se respaldó en el 56.º (2025).',
    translation: machineAssisted('e908af2c2aa06abf66095cd995247bc1f2267780e65d3a0432d446c6fc8a5a4a'),
  },
  lnob: {
    term: 'No dejar a nadie atrás',
    definition:
      'La promesa central de la Agenda 2030 para el Desarrollo Sostenible de que ningún grupo quede excluido del progreso. El Leave No One Behind Partnership del International Civil Society Centre figura como copresidente del Collaborative on Citizen Data.',
    translation: machineAssisted('052ec89758970ab9c3a7c53232d8c3b7f4ff6fbc9fbafba9f6a74d789d044c54'),
  },
  unsd: {
    term: 'División de Estadística de las Naciones Unidas',
    definition:
      'La división de estadística del DAES de las Naciones Unidas. Convoca el Collaborative on Citizen Data y actúa como su secretaría.',
    translation: machineAssisted('f78c005a5fbb204021727518f283f1db40283004bcebdb7e8c80e1a04d7b773c'),
  },
  'un-desa': {
    term: 'Departamento de Asuntos Económicos y Sociales de las Naciones Unidas',
    acronyms: ['DAES'],
    definition:
      'El departamento de las Naciones Unidas que incluye la División de Estadística (UNSD) y publica el boletín UN DESA Voice.',
    translation: machineAssisted('0cf7c7d417bd2e4d5b5277c66ac9183360230b73be8c0dda968581c4738de9e1'),
  },
  'un-women': {
    term: 'ONU Mujeres',
    definition:
      'La entidad de las Naciones Unidas para la igualdad de género. Fue coconvocante del Collaborative on Citizen Data en 2024 y coorganizó la tercera reunión del grupo de expertos.',
    translation: machineAssisted('3213c30df6db8f39d722d1c84805bc3708a238500e81548ead62272fb31bb3e4'),
  },
  ohchr: {
    term: 'Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos',
    acronyms: ['ACNUDH'],
    definition:
      'La oficina de las Naciones Unidas para los derechos humanos. Publicó la nota de orientación sobre un enfoque de los datos basado en los derechos humanos (HRBAD).',
    translation: machineAssisted('360ee9a5cc795c4146f618da2dbb9fc1f686fe9825a7feb95b365a336c8a0c50'),
  },
  paris21: {
    term: 'PARIS21',
    definition:
      'Una alianza que apoya el desarrollo estadístico. Publicó una definición anterior de los datos generados por la ciudadanía, distinta de la del Marco de Copenhague, y participó en el taller del HLPF de 2025 sobre datos ciudadanos.',
    translation: machineAssisted('a33944a3c429c0f565ca7150b33c7fe5048a8da711279052f2a65787ecf9d2ce'),
  },
  hlpf: {
    term: 'Foro Político de Alto Nivel sobre el Desarrollo Sostenible',
    acronyms: ['FPAN'],
    definition:
      'El foro anual de las Naciones Unidas para examinar la Agenda 2030. Paralelamente a él se celebraron reuniones sobre datos ciudadanos: la tercera reunión del grupo de expertos y un taller en 2025.',
    translation: machineAssisted('611ca4009dd8043513903a5bf06d5ebd5b22737cba839070a9a21e8eb8631369'),
  },
  unwdf: {
    term: 'Foro Mundial de las Naciones Unidas sobre Datos',
    aliases: ['Foro Mundial sobre Datos'],
    definition:
      'Una conferencia de las Naciones Unidas sobre datos para el desarrollo sostenible. El Collaborative on Citizen Data se puso en marcha en su 4.ª edición (Hangzhou, abril de 2023) y participó en la 5.ª (Medellín, noviembre de 2024).',
    translation: machineAssisted('f418e0fa1464e60a65f731ed6bac143a00e111ec4286ef4e800e16fc41736765'),
  },
  'data-disaggregation': {
    term: 'Desglose de datos',
    aliases: ['datos desglosados', 'desagregación'],
    definition:
      'Desglosar los datos según características como el sexo, la edad, la discapacidad o el lugar, para que las diferencias entre grupos se hagan visibles. Es uno de los seis principios de la HRBAD y se nombra en el resumen de los temas del Marco que hace el Global Partnership.',
    translation: machineAssisted('a64caa9d1ac81133f9cdb4452d45ad97d02f5bc8d4371f689be7c73b7a4f73a7'),
  },
  'official-statistics': {
    term: 'Estadísticas oficiales',
    definition:
      'Las estadísticas producidas por un sistema estadístico nacional, dirigido por la ONE, conforme a su mandato y a sus normas de calidad. Los datos ciudadanos suelen quedar fuera de ellas; si se pueden integrar ambos, y cómo, es un tema recurrente.',
    translation: machineAssisted('e1aeb9a751bec00d1e54dbaedbe57641b0c78a92f251c72c905ad1ca31ce8942'),
  },
  'national-data-ecosystem': {
    term: 'Ecosistema nacional de datos',
    aliases: ['ecosistema de datos'],
    definition:
      'Todas las personas y organizaciones de un país que producen, comparten y utilizan datos, dentro y fuera del gobierno. Los datos ciudadanos forman parte de él incluso cuando no son estadísticas oficiales.',
    translation: machineAssisted('307ad311c191ac96cf131b82aa28f492106ace5f2111fd1cc598c5a463371e00'),
  },
  'non-state-actors': {
    term: 'Actores no estatales',
    aliases: ['actor no estatal'],
    definition:
      'Organizaciones y personas ajenas al gobierno, como las OSC, el mundo académico y el sector privado. No se sabe cómo usa el término el Marco final. La definición más antigua de PARIS21 de los datos generados por la ciudadanía, un texto distinto del Marco, se basa en él.',
    translation: machineAssisted('bf709b05959c4533cb8494e4f76b6a883e454ba6dfbff9e8ee39df7c29134148'),
  },
  collaborative: {
    term: 'Collaborative on Citizen Data',
    definition:
      'Una alianza anclada en las Naciones Unidas, convocada por la UNSD y puesta en marcha en abril de 2023, que elaboró el Marco de Copenhague. Tenía más de 500 miembros en diciembre de 2025.',
    translation: machineAssisted('e31b9a224bbeb69bd0e28b2dea6989e3dcf11e1bda1967a8f54739b6f5f419ae'),
  },
  opd: {
    term: 'Organización de personas con discapacidad',
    acronyms: ['OPD'],
    definition:
      'Una organización dirigida por personas con discapacidad y que las representa. La nota conceptual del evento paralelo de 2024 incluye a las personas con discapacidad entre los grupos de la sociedad civil de su panel, y el taller del HLPF de 2025 dedicó una sesión a los datos sobre discapacidad.',
    translation: machineAssisted('549af0949e24858f2882992db666bfd4792e3a97a0a28ca517acacf1ca2fbc23'),
  },
  gpsdd: {
    term: 'Alianza Mundial para los Datos sobre el Desarrollo Sostenible',
    definition:
      'Una red asociada que escribe sobre el Marco y dirige la iniciativa «Make Inclusive Data the Norm». Sus cinco temas son su propio resumen de los principios del Marco, no sus nombres oficiales.',
    translation: machineAssisted('a106236273f58485299573e770768fe2eab801b106eed8a9178ec942ccedc92d'),
  },
  icsc: {
    term: 'International Civil Society Centre',
    definition:
      'Una red de la sociedad civil que codirige el Collaborative on Citizen Data con la UNSD (a diciembre de 2025); su Leave No One Behind Partnership figura como copresidente.',
    translation: machineAssisted('48a8fd54f5a4b671e87210cc0a6a74266abca38b254e82a3fe842f984b6a90a6'),
  },
  dihr: {
    term: 'Instituto Danés de Derechos Humanos',
    definition:
      'Un instituto danés de derechos humanos y miembro del Comité Directivo del Collaborative on Citizen Data. Acogió la reunión del grupo de expertos de septiembre de 2023 en Copenhague.',
    translation: machineAssisted('d61256424224d961f86fc7062bc74e149236c73e3ecd5ce1edcf0a9a6dd9dac3'),
  },
  un: {
    term: 'Naciones Unidas',
    acronyms: ['ONU'],
    aliases: ['Organización de las Naciones Unidas'],
    definition:
      'La organización cuya División de Estadística (UNSD) convoca el Collaborative on Citizen Data y cuya Comisión de Estadística respaldó el Marco en 2025.',
    translation: machineAssisted('536ca19cbdbb67cd1d52872a01b5258dfb3fed26ca7ad62461a15a1fb97d0cfd'),
  },
  escap: {
    term: 'CESPAP (ONU)',
    acronyms: ['CESPAP'],
    definition:
      'Un órgano de las Naciones Unidas que convocó, junto con la UNSD, la reunión del grupo de expertos de noviembre de 2022 en Bangkok. Nuestras fuentes no desarrollan la sigla, así que nosotros tampoco.',
    translation: machineAssisted('8e14135e6c0d5600b82aaa4746527dd897b152dcc728a10eb87db5760d2cf47c'),
  },
  egriss: {
    term: 'EGRISS',
    definition:
      'Un grupo que, según nuestras fuentes, tenía previsto en 2023 sumarse al trabajo del Collaborative. Defendió que se tuviera en cuenta a las personas desplazadas y apátridas y planeaba un estudio de caso sobre el desplazamiento forzado para el borrador. Nuestras fuentes no desarrollan la sigla ni describen más al grupo.',
    translation: machineAssisted('4e20075f4485b92202cb49c5b62e1f6f2afe07ceddb132a88b0d043363c2d62e'),
  },
  unitar: {
    term: 'UNITAR',
    definition:
      'Uno de los socios nombrados para el taller del HLPF de julio de 2025 sobre datos ciudadanos. Nuestras fuentes no desarrollan la sigla ni lo describen más.',
    translation: machineAssisted('9943bc6f7753beca9f470c5d15776fd37f04a65774bfe9007533279cd2b5f976'),
  },
  isi: {
    term: 'ISI y sus asociaciones (IAOS, IASS)',
    definition:
      'Nombres asociados a las conferencias de estadística cuyas propuestas de sesión (en isi-next.org) cita este sitio; la hoja de ruta se presentó en la conferencia IAOS-ISI de Ciudad de México en 2024. Nuestras fuentes no desarrollan estas siglas.',
    translation: machineAssisted('7a43cb4c3149c254a7467b9c6862e59f4bb8faa6795929e4764f90f9355c8059'),
  },
  'session-proposal': {
    term: 'Propuesta de sesión',
    definition:
      'Una propuesta de sesión para una conferencia de estadística del ISI, publicada en isi-next.org. Tres de ellas (números 283, 572 y 1010) son fuentes de este sitio; describen la historia del Marco, no su texto.',
    translation: machineAssisted('6924a2e0751a5bcfa89cc0b04c6d3e820e80bcbaa8fa4b5a79e6d5e46d72c713'),
  },
  'friday-seminar': {
    term: 'Friday Seminar',
    definition:
      'Un seminario que se celebra paralelamente a un período de sesiones de la Comisión de Estadística de las Naciones Unidas. En el 54.º período de sesiones (2023) se tituló «Towards a framework to harness data by citizens, for citizens and about citizens»; en 2024 se celebró el 23 de febrero, antes del 55.º período de sesiones, sobre cuestiones emergentes.',
    translation: machineAssisted('c86bd127364522a69addc1958ccb9dc63653dada5a1b0d0b77f4fa12158cced0'),
  },
  ecosoc: {
    term: 'ECOSOC',
    aliases: ['Consejo Económico y Social'],
    definition:
      'Su sitio web aloja la página oficial del 56.º período de sesiones de la Comisión de Estadística (4–7 de marzo de 2025), el período de sesiones que respaldó el Marco. Nuestras fuentes no desarrollan la sigla.',
    translation: machineAssisted('24a0cc221f9c8dcc1d652232b0800317e3c2d49d1f1c53bbdce92089c2d8fa9c'),
  },
  unece: {
    term: 'CEPE',
    acronyms: ['CEPE'],
    definition:
      'El nombre asociado al Aarhus Clearinghouse, cuya entrada sobre las buenas prácticas de participación ciudadana del Collaborative es una fuente aquí. Nuestras fuentes no desarrollan la sigla.',
    translation: machineAssisted('a1fde91445be21841c40a11c58205756851461ea55a35c78677ae41daccc5c71'),
  },
  igf: {
    term: 'IGF',
    definition:
      'El foro cuyo Open Forum #21 de 2025, sobre datos ciudadanos impulsados por internet para los servicios públicos, es fuente de ejemplos de Ghana y Colombia. Nuestras fuentes no desarrollan la sigla.',
    translation: machineAssisted('a7464fc8021ff0c782fb3da32f9bcb0837e61a09335d077f31ac13da71c4c70e'),
  },
  iisd: {
    term: 'IISD SDG Knowledge Hub',
    definition:
      'Un sitio de noticias que informó sobre la consulta del borrador del Marco (14 de febrero de 2024), la puesta en marcha del Collaborative y varios pasos posteriores; es la fuente principal de la definición del borrador tal como se ha informado. Nuestras fuentes no desarrollan la sigla.',
    translation: machineAssisted('1f1152c829bda78b3a669b23dc41978aabaa4b267ae2dec04b063cd7c65b86c3'),
  },
  lgbtqi: {
    term: 'Grupos LGBTQI',
    aliases: ['LGBTQI+'],
    definition:
      'La nota conceptual del evento paralelo menciona «Persons with disabilities & LGBTQi» como las organizaciones de la sociedad civil de su panel previsto; este sitio escribe LGBTQI. Nuestras fuentes no desarrollan la sigla, así que nosotros tampoco.',
    translation: machineAssisted('327587b5ec380330fa2f225743ba3bf63761b8df1d073412215620e8917d6921'),
  },
  est: {
    term: 'EST',
    definition:
      'La zona horaria indicada para los horarios del evento paralelo del 26 de febrero de 2024 en Nueva York, tal como los escribe su nota conceptual.',
    translation: machineAssisted('79422b7c57b8870492cd238b09c7a650381ef074bac7cb7f3f6fead2a75cb07d'),
  },
  'wbg-institute': {
    term: 'WBG Institute',
    definition:
      'Nombrado, junto con la Data Academy del Banco Mundial y el Open Institute, como oferente del curso «Understanding the Copenhagen Framework»; la página del curso es una fuente aquí. Nuestras fuentes no desarrollan la sigla.',
    translation: machineAssisted('0ff96d126fa54b24a746ab5a3d7efa1f7509e57f05687a67ecfa724088f3f55c'),
  },
  dane: {
    term: 'DANE (Colombia)',
    definition:
      'Un organismo colombiano citado en un resumen de una sesión del IGF 2025 por su trabajo de cocreación sobre datos ciudadanos; el resumen no dice qué cocreó. Nuestras fuentes no desarrollan la sigla.',
    translation: machineAssisted('170794d1db913e22a2f72146c7793d792359fc9a3c809d33645ec855d208c895'),
  },
  ai: {
    term: 'Inteligencia artificial',
    acronyms: ['IA'],
    definition:
      'La cuarta reunión del grupo de expertos (Bangkok, noviembre de 2025) examinó su papel en la producción y el uso de datos ciudadanos. No se sabe si el propio texto del Marco trata la IA.',
    translation: machineAssisted('9aa44971ca3fcf40115c1f346f37031acf693609728e4c4ba49787645425a1e4'),
  },
};

const AR: Table = {
  'citizen-data': {
    term: 'بيانات المواطنين',
    definition:
      'وفق ما نُقل عن مسودة 2024: بيانات تأتي من مبادرات يطلقها المواطنون بأنفسهم أو يشاركون فيها مشاركة كافية، في مرحلة التصميم أو مرحلة الجمع أو كلتيهما، على الأقل. ولا تتوفر هنا بعد الصياغة النهائية لعام 2025. وتشير صفحة لأحد الشركاء إلى أن بعض الجهات تقول «community data» (البيانات المجتمعية) للدلالة على الشيء نفسه تقريبًا.',
    translation: machineAssisted('d2411ac51c2df4f7b76b01cb17ecd5b1edf50dbda2e25f4739355b3bb79db0f8'),
  },
  'citizen-generated-data': {
    term: 'البيانات التي يولدها المواطنون',
    definition:
      'أحد أنواع البيانات التي تندرج تحت المصطلح الجامع «بيانات المواطنين». وتستخدم بعض الجهات هذا المصطلح بمعنى يكاد يكون مرادفًا لبيانات المواطنين. وقد نشرت PARIS21 تعريفًا سابقًا ومستقلًا له، وهو ليس تعريف إطار كوبنهاغن.',
    translation: machineAssisted('61fa427c57e6fba4f9de5c6972f22e6b8340021f8ff96269da5b15fdc61f6790'),
  },
  'community-driven-data': {
    term: 'البيانات التي تقودها المجتمعات المحلية',
    definition:
      'أحد الأنواع الثلاثة من البيانات التي تندرج تحت المصطلح الجامع «بيانات المواطنين». تذكره المصادر المتاحة لنا دون أن تعرّفه أكثر من ذلك. ولا ينبغي الخلط بينه وبين «community data» (البيانات المجتمعية)، الذي تستخدمه بعض الجهات لبيانات المواطنين ككل.',
    translation: machineAssisted('a0d12447fe418538d3d908ec796910bb4d12a5961dbaa92e4d9bebcd723276d8'),
  },
  'citizen-science-data': {
    term: 'بيانات علم المواطن',
    definition:
      'بيانات يجمعها أفراد من الجمهور يشاركون في عمل علمي، مثل رصد النفايات البحرية في غانا؛ وهي أحد أنواع البيانات التي تندرج تحت بيانات المواطنين.',
    translation: machineAssisted('8ab2b027121bd37c95024fc6ac02df157d5979b5f2728c38544c97ebab1e88bd'),
  },
  'data-value-chain': {
    term: 'سلسلة قيمة البيانات',
    definition:
      'تسلسل الخطوات الذي يحوّل الحاجة إلى البيانات إلى بيانات تُستخدم في اتخاذ القرارات. لم تُؤكَّد تسمية سوى مرحلتين في تعريف الإطار، هما التصميم والجمع؛ ولا تتوفر هنا بعد قائمته الكاملة للمراحل.',
    translation: machineAssisted('8843cd9832325ec17c1ee38a41d985abfd1231751cd6201f749ba2fd51a122bf'),
  },
  nso: {
    term: 'مكتب الإحصاء الوطني',
    aliases: ['الجهاز الوطني للإحصاء'],
    definition: 'الجهة الحكومية التي تنتج الإحصاءات الرسمية لبلد ما وتنسّق عادةً نظامه الإحصائي الوطني.',
    translation: machineAssisted('ac83186657797d07126dcd078ea67096f1722b9d22ca18c339d49ab727118861'),
  },
  cso: {
    term: 'منظمة المجتمع المدني',
    aliases: ['منظمة غير حكومية'],
    definition:
      'منظمة غير حكومية وغير ربحية، من مجموعة مجتمعية محلية إلى شبكة دولية. ويعمل كثير منها عن كثب مع فئات تغفلها البيانات الرسمية.',
    translation: machineAssisted('77897bb868ba613b4ef5300a0b889fe8d0cc5d09cd3830a9a98047893be2bbd3'),
  },
  nhri: {
    term: 'المؤسسة الوطنية لحقوق الإنسان',
    definition:
      'هيئة مستقلة تنشئها الدولة لحماية حقوق الإنسان وتعزيزها في بلدها. والمؤسسات الوطنية لحقوق الإنسان من بين أعضاء Collaborative on Citizen Data.',
    translation: machineAssisted('0942c313f12aa92dc5f5335d44a5493ccccd5f63484368ee77d1cc84bf768d3b'),
  },
  sdg: {
    term: 'أهداف التنمية المستدامة',
    aliases: ['خطة عام 2030'],
    definition:
      'أهداف خطة الأمم المتحدة للتنمية المستدامة لعام 2030. والثغرات في البيانات المستخدمة لرصدها أحد أسباب الاهتمام ببيانات المواطنين.',
    translation: machineAssisted('c12980ee1b64d2699459b14efc11e8fc3ba8127457b7e5948bca6611b25796d8'),
  },
  hrbad: {
    term: 'النهج القائم على حقوق الإنسان إزاء البيانات',
    definition:
      'المذكرة التوجيهية الصادرة عن مفوضية الأمم المتحدة السامية لحقوق الإنسان عام 2018 بشأن جمع البيانات واستخدامها بما يتفق مع حقوق الإنسان. وتفيد التقارير بأن مبادئ الإطار تسترشد بها، ضمن أمور أخرى؛ أما مبادئها الستة فتعود إلى المفوضية، لا إلى الإطار.',
    translation: machineAssisted('fd831f946ddd5527dff52a5852a865f92dd4ff40c490ecca4bf0796e1a8eef7c'),
  },
  egm: {
    term: 'اجتماع فريق الخبراء',
    definition:
      'اجتماع للأمم المتحدة يضم خبراء مدعوين بشأن موضوع واحد. وقد أسهمت سلسلة من اجتماعات أفرقة الخبراء بشأن بيانات المواطنين (بانكوك 2022، كوبنهاغن 2023، نيويورك، بانكوك 2025) في تشكيل الإطار ثم في مراجعته.',
    translation: machineAssisted('b239099b7f207b859444ad7621b701ab5a14282432ccb287488b29b1ff2f4368'),
  },
  unsc: {
    term: 'اللجنة الإحصائية للأمم المتحدة',
    aliases: ['اللجنة الإحصائية'],
    definition:
      'هيئة الأمم المتحدة التي تجتمع فيها المكاتب الإحصائية للبلدان في دورات سنوية؛ والصفحة الرسمية لدورتها السادسة والخمسين موجودة على موقع ECOSOC. قُدّمت مسودة الإطار في دورتها الخامسة والخمسين (2024) وأُقرّ في دورتها السادسة والخمسين (2025).',
    translation: machineAssisted('e908af2c2aa06abf66095cd995247bc1f2267780e65d3a0432d446c6fc8a5a4a'),
  },
  lnob: {
    term: 'عدم ترك أحد خلف الركب',
    definition:
      'الوعد المحوري لخطة التنمية المستدامة لعام 2030 بألا تُستبعد أي فئة من التقدّم. وتُذكر شراكة Leave No One Behind Partnership التابعة لـ International Civil Society Centre بوصفها رئيسًا مشاركًا لـ Collaborative on Citizen Data.',
    translation: machineAssisted('052ec89758970ab9c3a7c53232d8c3b7f4ff6fbc9fbafba9f6a74d789d044c54'),
  },
  unsd: {
    term: 'الشعبة الإحصائية للأمم المتحدة',
    definition:
      'الشعبة الإحصائية في إدارة الشؤون الاقتصادية والاجتماعية بالأمم المتحدة (UN DESA). وهي تدعو إلى انعقاد Collaborative on Citizen Data وتتولى أمانته.',
    translation: machineAssisted('f78c005a5fbb204021727518f283f1db40283004bcebdb7e8c80e1a04d7b773c'),
  },
  'un-desa': {
    term: 'إدارة الشؤون الاقتصادية والاجتماعية بالأمم المتحدة',
    definition: 'إدارة الأمم المتحدة التي تضم الشعبة الإحصائية (UNSD) وتصدر النشرة الإخبارية UN DESA Voice.',
    translation: machineAssisted('0cf7c7d417bd2e4d5b5277c66ac9183360230b73be8c0dda968581c4738de9e1'),
  },
  'un-women': {
    term: 'هيئة الأمم المتحدة للمرأة',
    definition:
      'كيان الأمم المتحدة المعني بالمساواة بين الجنسين. كانت جهة داعية مشاركة لـ Collaborative on Citizen Data في 2024، واستضافت بالاشتراك الاجتماع الثالث لفريق الخبراء.',
    translation: machineAssisted('3213c30df6db8f39d722d1c84805bc3708a238500e81548ead62272fb31bb3e4'),
  },
  ohchr: {
    term: 'مفوضية الأمم المتحدة السامية لحقوق الإنسان',
    definition:
      'مكتب الأمم المتحدة المعني بحقوق الإنسان. وقد نشر المذكرة التوجيهية بشأن النهج القائم على حقوق الإنسان إزاء البيانات (HRBAD).',
    translation: machineAssisted('360ee9a5cc795c4146f618da2dbb9fc1f686fe9825a7feb95b365a336c8a0c50'),
  },
  paris21: {
    term: 'PARIS21',
    definition:
      'شراكة تدعم التطوير الإحصائي. نشرت تعريفًا سابقًا للبيانات التي يولدها المواطنون، مستقلًا عن تعريف إطار كوبنهاغن، وشاركت في ورشة عمل المنتدى السياسي الرفيع المستوى لعام 2025 بشأن بيانات المواطنين.',
    translation: machineAssisted('a33944a3c429c0f565ca7150b33c7fe5048a8da711279052f2a65787ecf9d2ce'),
  },
  hlpf: {
    term: 'المنتدى السياسي الرفيع المستوى المعني بالتنمية المستدامة',
    definition:
      'المنتدى السنوي للأمم المتحدة لاستعراض خطة عام 2030. وعُقدت على هامشه اجتماعات بشأن بيانات المواطنين: الاجتماع الثالث لفريق الخبراء وورشة عمل في 2025.',
    translation: machineAssisted('611ca4009dd8043513903a5bf06d5ebd5b22737cba839070a9a21e8eb8631369'),
  },
  unwdf: {
    term: 'منتدى الأمم المتحدة العالمي للبيانات',
    definition:
      'مؤتمر للأمم المتحدة بشأن البيانات من أجل التنمية المستدامة. أُطلق Collaborative on Citizen Data في دورته الرابعة (هانغتشو، نيسان/أبريل 2023) وشارك في دورته الخامسة (ميديلين، تشرين الثاني/نوفمبر 2024).',
    translation: machineAssisted('f418e0fa1464e60a65f731ed6bac143a00e111ec4286ef4e800e16fc41736765'),
  },
  'data-disaggregation': {
    term: 'تصنيف البيانات',
    aliases: ['البيانات المصنفة'],
    definition:
      'تقسيم البيانات حسب خصائص مثل الجنس أو العمر أو الإعاقة أو المكان، بحيث تظهر الفروق بين الفئات. وهو أحد مبادئ HRBAD الستة، ويرد ذكره في ملخص الشراكة العالمية (Global Partnership) لمحاور الإطار.',
    translation: machineAssisted('a64caa9d1ac81133f9cdb4452d45ad97d02f5bc8d4371f689be7c73b7a4f73a7'),
  },
  'official-statistics': {
    term: 'الإحصاءات الرسمية',
    definition:
      'الإحصاءات التي ينتجها نظام إحصائي وطني، يقوده مكتب الإحصاء الوطني، في إطار ولايته ومعايير الجودة الخاصة به. وتقع بيانات المواطنين عادةً خارجها؛ أما ما إذا كان يمكن إدماج الاثنين، وكيف، فمسألة متكررة.',
    translation: machineAssisted('e1aeb9a751bec00d1e54dbaedbe57641b0c78a92f251c72c905ad1ca31ce8942'),
  },
  'national-data-ecosystem': {
    term: 'المنظومة الوطنية للبيانات',
    definition:
      'جميع الأشخاص والمنظمات في بلد ما ممن ينتجون البيانات ويتبادلونها ويستخدمونها، داخل الحكومة وخارجها. وبيانات المواطنين جزء منها حتى حين لا تكون إحصاءات رسمية.',
    translation: machineAssisted('307ad311c191ac96cf131b82aa28f492106ace5f2111fd1cc598c5a463371e00'),
  },
  'non-state-actors': {
    term: 'الجهات الفاعلة من غير الدول',
    definition:
      'منظمات وأشخاص من خارج الحكومة، مثل منظمات المجتمع المدني والأوساط الأكاديمية والقطاع الخاص. ولا يُعرف كيف يستخدم الإطار النهائي هذا المصطلح. ويقوم عليه تعريف PARIS21 الأقدم للبيانات التي يولدها المواطنون، وهو نص مختلف عن الإطار.',
    translation: machineAssisted('bf709b05959c4533cb8494e4f76b6a883e454ba6dfbff9e8ee39df7c29134148'),
  },
  collaborative: {
    term: 'Collaborative on Citizen Data',
    definition:
      'شراكة مرتكزة على الأمم المتحدة، دعت إلى انعقادها UNSD وأُطلقت في نيسان/أبريل 2023، وهي التي وضعت إطار كوبنهاغن. وكان عدد أعضائها يتجاوز 500 عضو بحلول كانون الأول/ديسمبر 2025.',
    translation: machineAssisted('e31b9a224bbeb69bd0e28b2dea6989e3dcf11e1bda1967a8f54739b6f5f419ae'),
  },
  opd: {
    term: 'منظمة الأشخاص ذوي الإعاقة',
    definition:
      'منظمة يقودها الأشخاص ذوو الإعاقة وتمثّلهم. وتذكر المذكرة المفاهيمية للحدث الجانبي لعام 2024 الأشخاص ذوي الإعاقة بين فئات المجتمع المدني في حلقة النقاش التابعة له، وخصصت ورشة عمل المنتدى السياسي الرفيع المستوى لعام 2025 جلسة لبيانات الإعاقة.',
    translation: machineAssisted('549af0949e24858f2882992db666bfd4792e3a97a0a28ca517acacf1ca2fbc23'),
  },
  gpsdd: {
    term: 'الشراكة العالمية من أجل بيانات التنمية المستدامة',
    definition:
      'شبكة شريكة تكتب عن الإطار وتدير مبادرة «Make Inclusive Data the Norm». ومحاورها الخمسة ملخصها الخاص لمبادئ الإطار، لا أسماؤها الرسمية.',
    translation: machineAssisted('a106236273f58485299573e770768fe2eab801b106eed8a9178ec942ccedc92d'),
  },
  icsc: {
    term: 'International Civil Society Centre',
    definition:
      'شبكة للمجتمع المدني تشارك UNSD في قيادة Collaborative on Citizen Data (بحلول كانون الأول/ديسمبر 2025)؛ وتُذكر شراكتها Leave No One Behind Partnership بوصفها رئيسًا مشاركًا.',
    translation: machineAssisted('48a8fd54f5a4b671e87210cc0a6a74266abca38b254e82a3fe842f984b6a90a6'),
  },
  dihr: {
    term: 'المعهد الدنماركي لحقوق الإنسان',
    definition:
      'معهد دنماركي لحقوق الإنسان وعضو في اللجنة التوجيهية لـ Collaborative on Citizen Data. استضاف اجتماع فريق الخبراء في أيلول/سبتمبر 2023 في كوبنهاغن.',
    translation: machineAssisted('d61256424224d961f86fc7062bc74e149236c73e3ecd5ce1edcf0a9a6dd9dac3'),
  },
  un: {
    term: 'الأمم المتحدة',
    definition:
      'المنظمة التي تدعو شعبتها الإحصائية (UNSD) إلى انعقاد Collaborative on Citizen Data، والتي أقرّت لجنتها الإحصائية الإطار في 2025.',
    translation: machineAssisted('536ca19cbdbb67cd1d52872a01b5258dfb3fed26ca7ad62461a15a1fb97d0cfd'),
  },
  escap: {
    term: 'الإسكاب (الأمم المتحدة)',
    definition:
      'هيئة تابعة للأمم المتحدة دعت، بالاشتراك مع UNSD، إلى اجتماع فريق الخبراء في تشرين الثاني/نوفمبر 2022 في بانكوك. ولا تذكر مصادرنا الصيغة الكاملة للاختصار، ولذلك لا نذكرها نحن أيضًا.',
    translation: machineAssisted('8e14135e6c0d5600b82aaa4746527dd897b152dcc728a10eb87db5760d2cf47c'),
  },
  egriss: {
    term: 'EGRISS',
    definition:
      'مجموعة تذكر مصادرنا أنها كانت تعتزم، في 2023، الانضمام إلى عمل Collaborative. ودعت إلى شمول النازحين وعديمي الجنسية، وكانت تعتزم إعداد دراسة حالة عن التهجير القسري للمسودة. ولا تذكر مصادرنا الصيغة الكاملة للاختصار ولا تصف المجموعة أكثر من ذلك.',
    translation: machineAssisted('4e20075f4485b92202cb49c5b62e1f6f2afe07ceddb132a88b0d043363c2d62e'),
  },
  unitar: {
    term: 'UNITAR',
    definition:
      'أحد الشركاء المذكورين لورشة عمل المنتدى السياسي الرفيع المستوى في تموز/يوليو 2025 بشأن بيانات المواطنين. ولا تذكر مصادرنا الصيغة الكاملة للاختصار ولا تصفه أكثر من ذلك.',
    translation: machineAssisted('9943bc6f7753beca9f470c5d15776fd37f04a65774bfe9007533279cd2b5f976'),
  },
  isi: {
    term: 'ISI وجمعياته (IAOS وIASS)',
    definition:
      'أسماء مرتبطة بمؤتمرات الإحصاء التي يستشهد هذا الموقع بمقترحات جلساتها (على isi-next.org)؛ وقد قُدّمت خارطة الطريق في مؤتمر IAOS-ISI في مكسيكو سيتي عام 2024. ولا تذكر مصادرنا الصيغ الكاملة لهذه الاختصارات.',
    translation: machineAssisted('7a43cb4c3149c254a7467b9c6862e59f4bb8faa6795929e4764f90f9355c8059'),
  },
  'session-proposal': {
    term: 'مقترح جلسة',
    definition:
      'مقترح لجلسة في أحد مؤتمرات الإحصاء التابعة لـ ISI، منشور على isi-next.org. ثلاثة منها (الأرقام 283 و572 و1010) مصادر في هذا الموقع؛ وهي تصف تاريخ الإطار، لا نصه.',
    translation: machineAssisted('6924a2e0751a5bcfa89cc0b04c6d3e820e80bcbaa8fa4b5a79e6d5e46d72c713'),
  },
  'friday-seminar': {
    term: 'Friday Seminar',
    definition:
      'حلقة دراسية تُعقد على هامش دورة للجنة الإحصائية للأمم المتحدة. في الدورة الرابعة والخمسين (2023) كان عنوانها «Towards a framework to harness data by citizens, for citizens and about citizens»؛ وفي 2024 عُقدت في 23 شباط/فبراير، قبل الدورة الخامسة والخمسين، بشأن القضايا الناشئة.',
    translation: machineAssisted('c86bd127364522a69addc1958ccb9dc63653dada5a1b0d0b77f4fa12158cced0'),
  },
  ecosoc: {
    term: 'ECOSOC',
    aliases: ['المجلس الاقتصادي والاجتماعي'],
    definition:
      'يستضيف موقعه الصفحة الرسمية للدورة السادسة والخمسين للجنة الإحصائية (4–7 آذار/مارس 2025)، وهي الدورة التي أقرّت الإطار. ولا تذكر مصادرنا الصيغة الكاملة للاختصار.',
    translation: machineAssisted('24a0cc221f9c8dcc1d652232b0800317e3c2d49d1f1c53bbdce92089c2d8fa9c'),
  },
  unece: {
    term: 'UNECE',
    definition:
      'الاسم المرتبط بـ Aarhus Clearinghouse، الذي يُعدّ مدخله عن الممارسات الجيدة لـ Collaborative في إشراك المواطنين مصدرًا هنا. ولا تذكر مصادرنا الصيغة الكاملة للاختصار.',
    translation: machineAssisted('a1fde91445be21841c40a11c58205756851461ea55a35c78677ae41daccc5c71'),
  },
  igf: {
    term: 'IGF',
    definition:
      'المنتدى الذي يُعدّ منتداه المفتوح رقم 21 (Open Forum #21) لعام 2025، بشأن بيانات المواطنين المدعومة بالإنترنت من أجل الخدمات العامة، مصدرًا لأمثلة من غانا وكولومبيا. ولا تذكر مصادرنا الصيغة الكاملة للاختصار.',
    translation: machineAssisted('a7464fc8021ff0c782fb3da32f9bcb0837e61a09335d077f31ac13da71c4c70e'),
  },
  iisd: {
    term: 'IISD SDG Knowledge Hub',
    definition:
      'موقع إخباري نقل خبر المشاورة بشأن مسودة الإطار (14 شباط/فبراير 2024)، وإطلاق Collaborative، وعدة خطوات لاحقة؛ وهو المصدر الرئيسي لتعريف المسودة كما نُقل. ولا تذكر مصادرنا الصيغة الكاملة للاختصار.',
    translation: machineAssisted('1f1152c829bda78b3a669b23dc41978aabaa4b267ae2dec04b063cd7c65b86c3'),
  },
  lgbtqi: {
    term: 'مجموعات LGBTQI',
    definition:
      'تذكر المذكرة المفاهيمية للحدث الجانبي «Persons with disabilities & LGBTQi» بوصفها منظمات المجتمع المدني في حلقة النقاش المقررة؛ ويكتب هذا الموقع LGBTQI. ولا تذكر مصادرنا الصيغة الكاملة للاختصار، ولذلك لا نذكرها نحن أيضًا.',
    translation: machineAssisted('327587b5ec380330fa2f225743ba3bf63761b8df1d073412215620e8917d6921'),
  },
  est: {
    term: 'EST',
    definition:
      'المنطقة الزمنية المذكورة لمواعيد الحدث الجانبي في 26 شباط/فبراير 2024 في نيويورك، كما تكتبها مذكرته المفاهيمية.',
    translation: machineAssisted('79422b7c57b8870492cd238b09c7a650381ef074bac7cb7f3f6fead2a75cb07d'),
  },
  'wbg-institute': {
    term: 'WBG Institute',
    definition:
      'ورد اسمه، مع Data Academy التابعة للبنك الدولي وOpen Institute، بوصفه جهة تقدّم دورة «Understanding the Copenhagen Framework»؛ وصفحة الدورة مصدر هنا. ولا تذكر مصادرنا الصيغة الكاملة للاختصار.',
    translation: machineAssisted('0ff96d126fa54b24a746ab5a3d7efa1f7509e57f05687a67ecfa724088f3f55c'),
  },
  dane: {
    term: 'DANE (كولومبيا)',
    definition:
      'هيئة كولومبية ذُكرت في ملخص جلسة من IGF 2025 لعملها في الإنشاء المشترك بشأن بيانات المواطنين؛ ولا يذكر الملخص ما الذي أنشأته على نحو مشترك. ولا تذكر مصادرنا الصيغة الكاملة للاختصار.',
    translation: machineAssisted('170794d1db913e22a2f72146c7793d792359fc9a3c809d33645ec855d208c895'),
  },
  ai: {
    term: 'الذكاء الاصطناعي',
    definition:
      'ناقش الاجتماع الرابع لفريق الخبراء (بانكوك، تشرين الثاني/نوفمبر 2025) دوره في إنتاج بيانات المواطنين واستخدامها. ولا يُعرف ما إذا كان نص الإطار نفسه يتناول الذكاء الاصطناعي.',
    translation: machineAssisted('9aa44971ca3fcf40115c1f346f37031acf693609728e4c4ba49787645425a1e4'),
  },
};

export const GLOSSARY_TRANSLATIONS: Readonly<Record<GlossaryLocale, Table>> = { fr: FR, es: ES, ar: AR };

/**
 * The glossary in French: each term's name and definition (src/data/glossaryTranslations.ts
 * says how they are made and checked): build-time data, which the docs plugin turns into the
 * glossary page's entries (src/plugins/docs); no browser bundle imports it.
 */
import { machineAssisted, type GlossaryTable } from './shared';

const FR: GlossaryTable = {
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
    aliases: ['science citoyenne', 'sciences participatives'],
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
    aliases: ['Global Partnership'],
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
    term: 'UN ESCAP',
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
    definition:
      'Son site web héberge la page officielle de la 56e session de la Commission de statistique (4–7 mars 2025), la session qui a approuvé le Cadre. Nos sources ne développent pas le sigle.',
    translation: machineAssisted('24a0cc221f9c8dcc1d652232b0800317e3c2d49d1f1c53bbdce92089c2d8fa9c'),
  },
  unece: {
    term: 'UNECE',
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

export default FR;

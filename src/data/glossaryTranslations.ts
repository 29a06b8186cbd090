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
 */
import type { GlossaryTermTranslation } from '../shared/contentModel';

/** Locales with glossary translations: every site locale but English. */
export type GlossaryLocale = 'fr' | 'es' | 'ar';

type Table = Readonly<Record<string, GlossaryTermTranslation>>;

const FR: Table = {
  'citizen-data': { term: 'Données citoyennes' },
  'citizen-generated-data': { term: 'Données générées par les citoyens' },
  'community-driven-data': { term: 'Données pilotées par les communautés' },
  'citizen-science-data': { term: 'Données de science citoyenne', aliases: ['science citoyenne'] },
  'data-value-chain': { term: 'Chaîne de valeur des données' },
  nso: {
    term: 'Institut national de statistique',
    acronyms: ['INS', 'ONS'],
    aliases: ['office national de statistique', 'bureau national de statistique'],
  },
  cso: {
    term: 'Organisation de la société civile',
    acronyms: ['OSC', 'ONG'],
    aliases: ['organisation non gouvernementale'],
  },
  nhri: { term: 'Institution nationale des droits de l’homme', acronyms: ['INDH'] },
  sdg: { term: 'Objectifs de développement durable', acronyms: ['ODD'], aliases: ['Programme 2030'] },
  hrbad: { term: 'Approche des données fondée sur les droits de l’homme' },
  egm: { term: 'Réunion du groupe d’experts', aliases: ['réunion d’experts'] },
  unsc: {
    term: 'Commission de statistique de l’ONU',
    aliases: ['Commission de statistique', 'Commission de statistique des Nations Unies'],
  },
  lnob: { term: 'Ne laisser personne de côté' },
  unsd: { term: 'Division de statistique de l’ONU', aliases: ['Division de statistique des Nations Unies'] },
  'un-desa': { term: 'Département des affaires économiques et sociales de l’ONU', acronyms: ['DAES'] },
  'un-women': { term: 'ONU Femmes' },
  ohchr: { term: 'Haut-Commissariat des Nations Unies aux droits de l’homme', acronyms: ['HCDH'] },
  paris21: { term: 'PARIS21' },
  hlpf: { term: 'Forum politique de haut niveau pour le développement durable', acronyms: ['FPHN'] },
  unwdf: { term: 'Forum mondial des Nations Unies sur les données', aliases: ['Forum mondial sur les données'] },
  'data-disaggregation': { term: 'Ventilation des données', aliases: ['données ventilées', 'désagrégation'] },
  'official-statistics': { term: 'Statistique officielle', aliases: ['statistiques officielles'] },
  'national-data-ecosystem': { term: 'Écosystème national de données', aliases: ['écosystème de données'] },
  'non-state-actors': { term: 'Acteurs non étatiques', aliases: ['acteur non étatique'] },
  collaborative: { term: 'Collaborative on Citizen Data' },
  opd: { term: 'Organisation de personnes handicapées', acronyms: ['OPH'] },
  gpsdd: { term: 'Partenariat mondial pour les données du développement durable' },
  icsc: { term: 'International Civil Society Centre' },
  dihr: { term: 'Institut danois des droits de l’homme' },
  un: { term: 'Nations Unies', acronyms: ['ONU'], aliases: ['Organisation des Nations Unies'] },
  escap: { term: 'CESAP (ONU)', acronyms: ['CESAP'] },
  egriss: { term: 'EGRISS' },
  unitar: { term: 'UNITAR' },
  isi: { term: 'ISI et ses associations (IAOS, IASS)' },
  'session-proposal': { term: 'Proposition de session' },
  'friday-seminar': { term: 'Friday Seminar' },
  ecosoc: { term: 'ECOSOC', aliases: ['Conseil économique et social'] },
  unece: { term: 'CEE-ONU', acronyms: ['CEE-ONU'] },
  igf: { term: 'IGF' },
  iisd: { term: 'IISD SDG Knowledge Hub' },
  lgbtqi: { term: 'Groupes LGBTQI', aliases: ['LGBTQI+'] },
  est: { term: 'EST' },
  'wbg-institute': { term: 'WBG Institute' },
  dane: { term: 'DANE (Colombie)' },
  ai: { term: 'Intelligence artificielle', acronyms: ['IA'] },
};

const ES: Table = {
  'citizen-data': { term: 'Datos ciudadanos' },
  'citizen-generated-data': {
    term: 'Datos generados por la ciudadanía',
    aliases: ['datos generados por los ciudadanos'],
  },
  'community-driven-data': { term: 'Datos impulsados por la comunidad' },
  'citizen-science-data': { term: 'Datos de ciencia ciudadana', aliases: ['ciencia ciudadana'] },
  'data-value-chain': { term: 'Cadena de valor de los datos' },
  nso: {
    term: 'Oficina nacional de estadística',
    acronyms: ['ONE', 'INE'],
    aliases: ['instituto nacional de estadística'],
  },
  cso: {
    term: 'Organización de la sociedad civil',
    acronyms: ['OSC', 'ONG'],
    aliases: ['organización no gubernamental'],
  },
  nhri: { term: 'Institución nacional de derechos humanos', acronyms: ['INDH'] },
  sdg: { term: 'Objetivos de Desarrollo Sostenible', acronyms: ['ODS'], aliases: ['Agenda 2030'] },
  hrbad: { term: 'Enfoque de los datos basado en los derechos humanos' },
  egm: { term: 'Reunión del grupo de expertos', aliases: ['reunión de expertos'] },
  unsc: {
    term: 'Comisión de Estadística de las Naciones Unidas',
    aliases: ['Comisión de Estadística'],
  },
  lnob: { term: 'No dejar a nadie atrás' },
  unsd: { term: 'División de Estadística de las Naciones Unidas' },
  'un-desa': {
    term: 'Departamento de Asuntos Económicos y Sociales de las Naciones Unidas',
    acronyms: ['DAES'],
  },
  'un-women': { term: 'ONU Mujeres' },
  ohchr: {
    term: 'Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos',
    acronyms: ['ACNUDH'],
  },
  paris21: { term: 'PARIS21' },
  hlpf: { term: 'Foro Político de Alto Nivel sobre el Desarrollo Sostenible', acronyms: ['FPAN'] },
  unwdf: { term: 'Foro Mundial de las Naciones Unidas sobre Datos', aliases: ['Foro Mundial sobre Datos'] },
  'data-disaggregation': { term: 'Desglose de datos', aliases: ['datos desglosados', 'desagregación'] },
  'official-statistics': { term: 'Estadísticas oficiales' },
  'national-data-ecosystem': { term: 'Ecosistema nacional de datos', aliases: ['ecosistema de datos'] },
  'non-state-actors': { term: 'Actores no estatales', aliases: ['actor no estatal'] },
  collaborative: { term: 'Collaborative on Citizen Data' },
  opd: { term: 'Organización de personas con discapacidad', acronyms: ['OPD'] },
  gpsdd: { term: 'Alianza Mundial para los Datos sobre el Desarrollo Sostenible' },
  icsc: { term: 'International Civil Society Centre' },
  dihr: { term: 'Instituto Danés de Derechos Humanos' },
  un: { term: 'Naciones Unidas', acronyms: ['ONU'], aliases: ['Organización de las Naciones Unidas'] },
  escap: { term: 'CESPAP (ONU)', acronyms: ['CESPAP'] },
  egriss: { term: 'EGRISS' },
  unitar: { term: 'UNITAR' },
  isi: { term: 'ISI y sus asociaciones (IAOS, IASS)' },
  'session-proposal': { term: 'Propuesta de sesión' },
  'friday-seminar': { term: 'Friday Seminar' },
  ecosoc: { term: 'ECOSOC', aliases: ['Consejo Económico y Social'] },
  unece: { term: 'CEPE', acronyms: ['CEPE'] },
  igf: { term: 'IGF' },
  iisd: { term: 'IISD SDG Knowledge Hub' },
  lgbtqi: { term: 'Grupos LGBTQI', aliases: ['LGBTQI+'] },
  est: { term: 'EST' },
  'wbg-institute': { term: 'WBG Institute' },
  dane: { term: 'DANE (Colombia)' },
  ai: { term: 'Inteligencia artificial', acronyms: ['IA'] },
};

const AR: Table = {
  'citizen-data': { term: 'بيانات المواطنين' },
  'citizen-generated-data': { term: 'البيانات التي يولدها المواطنون' },
  'community-driven-data': { term: 'البيانات التي تقودها المجتمعات المحلية' },
  'citizen-science-data': { term: 'بيانات علم المواطن' },
  'data-value-chain': { term: 'سلسلة قيمة البيانات' },
  nso: { term: 'مكتب الإحصاء الوطني', aliases: ['الجهاز الوطني للإحصاء'] },
  cso: { term: 'منظمة المجتمع المدني', aliases: ['منظمة غير حكومية'] },
  nhri: { term: 'المؤسسة الوطنية لحقوق الإنسان' },
  sdg: { term: 'أهداف التنمية المستدامة', aliases: ['خطة عام 2030'] },
  hrbad: { term: 'النهج القائم على حقوق الإنسان إزاء البيانات' },
  egm: { term: 'اجتماع فريق الخبراء' },
  unsc: { term: 'اللجنة الإحصائية للأمم المتحدة', aliases: ['اللجنة الإحصائية'] },
  lnob: { term: 'عدم ترك أحد خلف الركب' },
  unsd: { term: 'الشعبة الإحصائية للأمم المتحدة' },
  'un-desa': { term: 'إدارة الشؤون الاقتصادية والاجتماعية بالأمم المتحدة' },
  'un-women': { term: 'هيئة الأمم المتحدة للمرأة' },
  ohchr: { term: 'مفوضية الأمم المتحدة السامية لحقوق الإنسان' },
  paris21: { term: 'PARIS21' },
  hlpf: { term: 'المنتدى السياسي الرفيع المستوى المعني بالتنمية المستدامة' },
  unwdf: { term: 'منتدى الأمم المتحدة العالمي للبيانات' },
  'data-disaggregation': { term: 'تصنيف البيانات', aliases: ['البيانات المصنفة'] },
  'official-statistics': { term: 'الإحصاءات الرسمية' },
  'national-data-ecosystem': { term: 'المنظومة الوطنية للبيانات' },
  'non-state-actors': { term: 'الجهات الفاعلة من غير الدول' },
  collaborative: { term: 'Collaborative on Citizen Data' },
  opd: { term: 'منظمة الأشخاص ذوي الإعاقة' },
  gpsdd: { term: 'الشراكة العالمية من أجل بيانات التنمية المستدامة' },
  icsc: { term: 'International Civil Society Centre' },
  dihr: { term: 'المعهد الدنماركي لحقوق الإنسان' },
  un: { term: 'الأمم المتحدة' },
  escap: { term: 'الإسكاب (الأمم المتحدة)' },
  egriss: { term: 'EGRISS' },
  unitar: { term: 'UNITAR' },
  isi: { term: 'ISI وجمعياته (IAOS وIASS)' },
  'session-proposal': { term: 'مقترح جلسة' },
  'friday-seminar': { term: 'Friday Seminar' },
  ecosoc: { term: 'ECOSOC', aliases: ['المجلس الاقتصادي والاجتماعي'] },
  unece: { term: 'UNECE' },
  igf: { term: 'IGF' },
  iisd: { term: 'IISD SDG Knowledge Hub' },
  lgbtqi: { term: 'مجموعات LGBTQI' },
  est: { term: 'EST' },
  'wbg-institute': { term: 'WBG Institute' },
  dane: { term: 'DANE (كولومبيا)' },
  ai: { term: 'الذكاء الاصطناعي' },
};

export const GLOSSARY_TRANSLATIONS: Readonly<Record<GlossaryLocale, Table>> = { fr: FR, es: ES, ar: AR };

/**
 * The glossary in Spanish: each term's name and definition (src/data/glossaryTranslations.ts
 * says how they are made and checked): build-time data, which the docs plugin turns into the
 * glossary page's entries (src/plugins/docs); no browser bundle imports it.
 */
import { machineAssisted, type GlossaryTable } from './shared';

const ES: GlossaryTable = {
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
    aliases: ['Global Partnership'],
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
    term: 'UN ESCAP',
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
    definition:
      'Su sitio web aloja la página oficial del 56.º período de sesiones de la Comisión de Estadística (4–7 de marzo de 2025), el período de sesiones que respaldó el Marco. Nuestras fuentes no desarrollan la sigla.',
    translation: machineAssisted('24a0cc221f9c8dcc1d652232b0800317e3c2d49d1f1c53bbdce92089c2d8fa9c'),
  },
  unece: {
    term: 'UNECE',
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

export default ES;

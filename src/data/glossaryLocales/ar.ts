/**
 * The glossary in Arabic: each term's name and definition (src/data/glossaryTranslations.ts
 * says how they are made and checked): build-time data, which the docs plugin turns into the
 * glossary page's entries (src/plugins/docs); no browser bundle imports it.
 */
import { machineAssisted, type GlossaryTable } from './shared';

const AR: GlossaryTable = {
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
    aliases: ['Global Partnership'],
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
    term: 'UN ESCAP',
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

export default AR;

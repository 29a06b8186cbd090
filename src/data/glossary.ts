/**
 * The glossary: every term the Framework pages link to. Validated entry by entry in
 * tests/unit/content/glossary.test.ts; search uses the acronyms and aliases as synonyms.
 *
 * Definitions are the editors' own words. Where a term belongs to the Framework, the definition
 * follows what the cited sources report and says where that is incomplete; where a term names an
 * organisation or a general concept, it says only what readers need to follow our pages.
 */
import type { GlossaryTerm } from '../shared/contentModel';

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'citizen-data',
    term: 'Citizen data',
    aliases: ['community data'],
    definition:
      'As reported from the 2024 draft: data from initiatives that citizens either start themselves or are sufficiently engaged in, at the design stage, the collection stage or both, at the least. The final 2025 wording is not yet available here. A partner page notes that some actors say “community data” for much the same thing.',
    provenance: 'summary',
    sources: ['iisd-2024-02-14', 'gpsdd-citizen-data'],
    related: ['definition/index'],
  },
  {
    id: 'citizen-generated-data',
    term: 'Citizen-generated data',
    acronyms: ['CGD'],
    definition:
      'One of the kinds of data grouped under the umbrella of citizen data. Some actors use the term almost interchangeably with citizen data. PARIS21 published an earlier, separate definition of it, which is not the Copenhagen Framework’s.',
    provenance: 'summary',
    sources: ['iisd-guest-article-2024', 'gpsdd-citizen-data', 'paris21-cgd'],
    related: ['definition/umbrella-term', 'background/related-frameworks'],
  },
  {
    id: 'community-driven-data',
    term: 'Community-driven data',
    definition:
      'One of the three kinds of data grouped under the umbrella of citizen data. The sources we have name it but do not define it further. Not to be confused with “community data”, which some actors use for citizen data as a whole.',
    provenance: 'summary',
    sources: ['iisd-guest-article-2024', 'gpsdd-citizen-data'],
    related: ['definition/umbrella-term'],
  },
  {
    id: 'citizen-science-data',
    term: 'Citizen science data',
    aliases: ['citizen-science data'],
    definition:
      'Data collected by members of the public taking part in scientific work, such as the monitoring of marine litter in Ghana; one of the kinds of data grouped under citizen data.',
    provenance: 'summary',
    sources: ['iisd-guest-article-2024'],
    related: ['definition/umbrella-term', 'definition/examples'],
  },
  {
    id: 'data-value-chain',
    term: 'Data value chain',
    aliases: ['value chain'],
    definition:
      'The sequence of steps that turns a need for data into data used for decisions. Only two stages, design and collection, are confirmed as named in the Framework’s definition; its full list of stages is not yet available here.',
    provenance: 'summary',
    sources: ['iisd-2024-02-14', 'isi-283', 'gpsdd-workshop-2023'],
    related: ['definition/data-value-chain'],
  },
  {
    id: 'nso',
    term: 'National statistical office',
    acronyms: ['NSO', 'NSOs'],
    aliases: ['national statistics office', 'national statistical institute'],
    definition:
      'The government body that produces a country’s official statistics and usually coordinates its national statistical system.',
    provenance: 'summary',
    sources: ['icsc-2023-02', 'isi-283'],
    related: ['enabling-environment/national-statistical-offices'],
  },
  {
    id: 'cso',
    term: 'Civil society organisation',
    acronyms: ['CSO', 'CSOs'],
    aliases: ['civil society organization', 'non-governmental organisation'],
    definition:
      'A non-governmental, not-for-profit organisation, from a local community group to an international network. Many work closely with groups that official data miss.',
    provenance: 'summary',
    sources: ['iisd-guest-article-2024'],
    related: ['enabling-environment/civil-society-and-communities'],
  },
  {
    id: 'nhri',
    term: 'National human rights institution',
    acronyms: ['NHRI', 'NHRIs'],
    definition:
      'An independent body set up by a state to protect and promote human rights in its country. NHRIs are among the members of the Collaborative on Citizen Data.',
    provenance: 'summary',
    sources: ['isi-1010', 'undesa-voice-2025-12'],
    related: ['enabling-environment/other-actors'],
  },
  {
    id: 'sdg',
    term: 'Sustainable Development Goals',
    acronyms: ['SDG', 'SDGs'],
    aliases: ['2030 Agenda', 'Global Goals'],
    definition:
      'The goals of the UN’s 2030 Agenda for Sustainable Development. Gaps in the data used to monitor them are one reason for the interest in citizen data.',
    provenance: 'summary',
    sources: ['nature-comment-2024', 'isi-283'],
  },
  {
    id: 'hrbad',
    term: 'Human rights-based approach to data',
    acronyms: ['HRBAD'],
    aliases: ['human rights based approach to data'],
    definition:
      'OHCHR’s 2018 guidance note on collecting and using data in line with human rights. The Framework’s principles are reported to be guided by it, among other things; its own six principles belong to OHCHR, not to the Framework.',
    provenance: 'summary',
    sources: ['iisd-2024-02-14', 'ohchr-hrbad-copy-1'],
    related: ['background/related-frameworks', 'principles/index'],
  },
  {
    id: 'egm',
    term: 'Expert Group Meeting',
    acronyms: ['EGM', 'EGMs'],
    aliases: ['expert meeting'],
    definition:
      'A UN meeting of invited experts on one topic. A series of EGMs on citizen data (Bangkok 2022, Copenhagen 2023, New York, Bangkok 2025) shaped and then reviewed the Framework.',
    provenance: 'summary',
    sources: ['voicescount-2022', 'egriss-2023', 'dihr-third-egm', 'undesa-voice-2025-12'],
    related: ['background/timeline'],
  },
  {
    id: 'unsc',
    term: 'UN Statistical Commission',
    acronyms: ['UNSC'],
    aliases: ['Statistical Commission', 'United Nations Statistical Commission'],
    definition:
      'The UN body where countries’ statistical offices meet in yearly sessions; the official page of its 56th session is on the ECOSOC website. The draft Framework was presented at its 55th session (2024) and endorsed at its 56th (2025).',
    provenance: 'summary',
    sources: ['fao-55', 'ecosoc-56', 'odw-2025-03'],
    related: ['background/timeline'],
  },
  {
    id: 'lnob',
    term: 'Leave no one behind',
    acronyms: ['LNOB'],
    aliases: ['leaving no one behind'],
    definition:
      'The central promise of the 2030 Agenda for Sustainable Development that no group is left out of progress. The International Civil Society Centre’s Leave No One Behind Partnership is named as a co-chair of the Collaborative on Citizen Data.',
    provenance: 'summary',
    sources: ['icsc-2024-12', 'ohchr-hrbad-copy-1'],
    related: ['background/collaborative'],
  },
  {
    id: 'unsd',
    term: 'United Nations Statistics Division',
    acronyms: ['UNSD'],
    aliases: ['UN Statistics Division'],
    definition:
      'The statistics division of UN DESA. It convenes the Collaborative on Citizen Data and acts as its secretariat.',
    provenance: 'summary',
    sources: ['undesa-voice-2025-12', 'iisd-2024-02-14'],
    related: ['background/collaborative'],
  },
  {
    id: 'un-desa',
    term: 'UN Department of Economic and Social Affairs',
    acronyms: ['DESA'],
    aliases: ['UN DESA', 'United Nations Department of Economic and Social Affairs'],
    definition:
      'The UN department that includes the Statistics Division (UNSD) and publishes the UN DESA Voice newsletter.',
    provenance: 'summary',
    sources: ['undesa-voice-2025-12'],
  },
  {
    id: 'un-women',
    term: 'UN Women',
    aliases: ['United Nations Entity for Gender Equality and the Empowerment of Women'],
    definition:
      'The UN entity for gender equality. It was co-convener of the Collaborative on Citizen Data in 2024 and co-hosted the third Expert Group Meeting.',
    provenance: 'summary',
    sources: ['iisd-2024-02-14', 'isi-1010', 'dihr-third-egm'],
    related: ['background/collaborative'],
  },
  {
    id: 'ohchr',
    term: 'Office of the UN High Commissioner for Human Rights',
    acronyms: ['OHCHR'],
    aliases: ['UN Human Rights Office'],
    definition:
      'The UN office for human rights. It published the guidance note on a human rights-based approach to data (HRBAD).',
    provenance: 'summary',
    sources: ['ohchr-hrbad-copy-1', 'ohchr-hrbad-copy-2'],
    related: ['background/related-frameworks'],
  },
  {
    id: 'paris21',
    term: 'PARIS21',
    aliases: ['Partnership in Statistics for Development in the 21st Century'],
    definition:
      'A partnership that supports statistical development. It published an earlier definition of citizen-generated data that is separate from the Copenhagen Framework’s, and it took part in the 2025 HLPF workshop on citizen data.',
    provenance: 'summary',
    sources: ['paris21-cgd', 'odw-2025-09'],
    related: ['background/related-frameworks'],
  },
  {
    id: 'hlpf',
    term: 'High-level Political Forum on Sustainable Development',
    acronyms: ['HLPF'],
    aliases: ['High-Level Political Forum'],
    definition:
      'The UN’s yearly forum for reviewing the 2030 Agenda. Citizen-data meetings were held alongside it: the third Expert Group Meeting and a 2025 workshop.',
    provenance: 'summary',
    sources: ['dihr-third-egm', 'odw-2025-09'],
    related: ['roadmap/in-practice'],
  },
  {
    id: 'unwdf',
    term: 'UN World Data Forum',
    acronyms: ['UNWDF', 'WDF'],
    aliases: ['World Data Forum', 'United Nations World Data Forum'],
    definition:
      'A UN conference on data for sustainable development. The Collaborative on Citizen Data was launched at its 4th edition (Hangzhou, April 2023) and took part in its 5th (Medellín, November 2024).',
    provenance: 'summary',
    sources: ['iisd-unwdf-2023', 'undesa-hangzhou-2023', 'icsc-2024-12'],
    related: ['background/collaborative'],
  },
  {
    id: 'data-disaggregation',
    term: 'Data disaggregation',
    aliases: ['disaggregated data', 'disaggregation'],
    definition:
      'Breaking data down by characteristics such as sex, age, disability or place, so that differences between groups become visible. It is one of the six HRBAD principles and is named in the Global Partnership’s summary of the Framework’s themes.',
    provenance: 'summary',
    sources: ['ohchr-hrbad-copy-1', 'gpsdd-midn'],
    related: ['principles/theme-quality-ethics-and-accuracy'],
  },
  {
    id: 'official-statistics',
    term: 'Official statistics',
    definition:
      'Statistics produced by a national statistical system, led by the NSO, under its mandate and quality standards. Citizen data usually sit outside them; whether and how to integrate the two is a recurring topic.',
    provenance: 'summary',
    sources: ['iisd-guest-article-2024', 'undesa-voice-2025-12'],
    related: ['enabling-environment/integration-into-official-statistics'],
  },
  {
    id: 'national-data-ecosystem',
    term: 'National data ecosystem',
    aliases: ['data ecosystem'],
    definition:
      'All the people and organisations in a country that produce, share and use data, inside and outside government. Citizen data belong to it even when they are not official statistics.',
    provenance: 'summary',
    sources: ['iisd-guest-article-2024'],
    related: ['definition/umbrella-term'],
  },
  {
    id: 'non-state-actors',
    term: 'Non-state actors',
    aliases: ['non-state actor'],
    definition:
      'Organisations and people outside government, such as CSOs, academia and the private sector. How the final Framework uses the term is not known. PARIS21’s older definition of citizen-generated data, a different text from the Framework, rests on it.',
    provenance: 'summary',
    sources: ['isi-283', 'paris21-cgd'],
    related: ['definition/who-is-a-citizen'],
  },
  {
    id: 'collaborative',
    term: 'Collaborative on Citizen Data',
    aliases: ['the Collaborative', 'UN Collaborative on Citizen Data'],
    definition:
      'A UN-anchored partnership convened by UNSD and launched in April 2023, which developed the Copenhagen Framework. It had more than 500 members by December 2025.',
    provenance: 'summary',
    sources: ['iisd-unwdf-2023', 'undesa-voice-2025-12'],
    related: ['background/collaborative'],
  },
  {
    id: 'opd',
    term: 'Organisation of persons with disabilities',
    acronyms: ['OPD', 'OPDs'],
    aliases: ['organization of persons with disabilities', 'disability rights organisation'],
    definition:
      'An organisation led by and representing persons with disabilities. The 2024 side event’s concept note lists persons with disabilities among the civil society groups on its panel, and the 2025 HLPF workshop gave a session to disability data.',
    provenance: 'summary',
    sources: ['seed-side-event-2024', 'odw-2025-09'],
    related: ['enabling-environment/civil-society-and-communities'],
  },
  {
    id: 'gpsdd',
    term: 'Global Partnership for Sustainable Development Data',
    aliases: ['Global Partnership', 'data4sdgs'],
    definition:
      'A partner network that writes about the Framework and runs the “Make Inclusive Data the Norm” initiative. Its five themes are its own summary of the Framework’s principles, not their official names.',
    provenance: 'summary',
    sources: ['gpsdd-midn', 'gpsdd-citizen-data'],
    related: ['principles/index'],
  },
  {
    id: 'icsc',
    term: 'International Civil Society Centre',
    definition:
      'A civil-society network that co-leads the Collaborative on Citizen Data with UNSD (by December 2025); its Leave No One Behind Partnership is named as a co-chair.',
    provenance: 'summary',
    sources: ['undesa-voice-2025-12', 'icsc-2024-12'],
    related: ['background/collaborative'],
  },
  {
    id: 'dihr',
    term: 'Danish Institute for Human Rights',
    acronyms: ['DIHR'],
    definition:
      'A Danish human rights institute and a Steering Committee member of the Collaborative on Citizen Data. It hosted the September 2023 Expert Group Meeting in Copenhagen.',
    provenance: 'summary',
    sources: ['egriss-2023', 'dihr-egm-2023'],
    related: ['background/collaborative'],
  },
  {
    id: 'un',
    term: 'United Nations',
    acronyms: ['UN'],
    definition:
      'The organisation whose Statistics Division (UNSD) convenes the Collaborative on Citizen Data and whose Statistical Commission endorsed the Framework in 2025.',
    provenance: 'summary',
    sources: ['undesa-voice-2025-12', 'ecosoc-56'],
    related: ['background/collaborative'],
  },
  {
    id: 'escap',
    term: 'UN ESCAP',
    acronyms: ['ESCAP'],
    definition:
      'A UN body that convened the November 2022 Expert Group Meeting in Bangkok together with UNSD. Our sources do not spell out the acronym, so we do not either.',
    provenance: 'summary',
    sources: ['icsc-2023-02', 'voicescount-2022'],
    related: ['background/collaborative', 'who-is-who'],
  },
  {
    id: 'egriss',
    term: 'EGRISS',
    acronyms: ['EGRISS'],
    definition:
      'A group working on statistics on refugees and other displaced people. In 2023 it was planning to join the Collaborative’s work, argued for displaced and stateless people to be covered, and planned a case study on forced displacement. Our sources do not spell out the acronym.',
    provenance: 'summary',
    sources: ['egriss-2023'],
    related: ['principles/theme-inclusion-and-equity', 'who-is-who'],
  },
  {
    id: 'unitar',
    term: 'UNITAR',
    acronyms: ['UNITAR'],
    definition:
      'A UN body named among the partners of the July 2025 HLPF workshop on citizen data. Our sources do not spell out the acronym or describe the body further.',
    provenance: 'summary',
    sources: ['odw-2025-09'],
    related: ['roadmap/in-practice', 'who-is-who'],
  },
  {
    id: 'isi',
    term: 'ISI and its associations (IAOS, IASS)',
    acronyms: ['ISI', 'IAOS', 'IASS', 'IAOS-ISI'],
    definition:
      'The organisers of the statistics conferences whose session proposals this site cites: the roadmap was presented at the IAOS-ISI conference in Mexico City in 2024. Our sources do not spell out these acronyms.',
    provenance: 'summary',
    sources: ['isi-572', 'isi-1010', 'isi-283'],
    related: ['roadmap/index'],
  },
  {
    id: 'session-proposal',
    term: 'Session proposal',
    aliases: ['conference session proposal'],
    definition:
      'A proposal for a session at an ISI statistics conference, published on the conference website with its title and abstract. Three of them (numbers 283, 572 and 1010) are sources on this site; they describe the Framework’s history, not its text.',
    provenance: 'summary',
    sources: ['isi-283', 'isi-572', 'isi-1010'],
    related: ['background/sources'],
  },
  {
    id: 'friday-seminar',
    term: 'Friday Seminar',
    definition:
      'A seminar held on the Friday before a session of the UN Statistical Commission. The 2023 one was titled “Towards a framework to harness data by citizens, for citizens and about citizens”; the 2024 one was on emerging issues.',
    provenance: 'summary',
    sources: ['unsd-54-innovation', 'fao-55'],
    related: ['background/timeline'],
  },
  {
    id: 'ecosoc',
    term: 'ECOSOC',
    acronyms: ['ECOSOC'],
    definition:
      'The UN body whose website carries the official page of the 56th session of the Statistical Commission (4–7 March 2025), the session that endorsed the Framework. Our sources do not spell out the acronym.',
    provenance: 'summary',
    sources: ['ecosoc-56'],
    related: ['background/index'],
  },
  {
    id: 'unece',
    term: 'UNECE',
    acronyms: ['UNECE'],
    definition:
      'The UN body that runs the Aarhus Clearinghouse, whose entry on the Collaborative’s good practices of citizen engagement is a source here. Our sources do not spell out the acronym.',
    provenance: 'summary',
    sources: ['unece-aarhus'],
    related: ['definition/index'],
  },
  {
    id: 'igf',
    term: 'IGF',
    acronyms: ['IGF'],
    definition:
      'The forum whose 2025 Open Forum #21, on internet-powered citizen data for public services, is a source for examples from Ghana and Colombia. Our sources do not spell out the acronym.',
    provenance: 'summary',
    sources: ['igf-2025-of21', 'digwatch-igf-2025'],
    related: ['definition/examples'],
  },
  {
    id: 'iisd',
    term: 'IISD SDG Knowledge Hub',
    acronyms: ['IISD'],
    definition:
      'A news site that reported the draft Framework’s consultation (14 February 2024), the Collaborative’s launch and several later steps; it is the main source for the reported draft definition. Our sources do not spell out the acronym.',
    provenance: 'summary',
    sources: ['iisd-2024-02-14', 'iisd-guest-article-2024'],
    related: ['definition/index', 'background/sources'],
  },
  {
    id: 'lgbtqi',
    term: 'LGBTQI groups',
    acronyms: ['LGBTQI'],
    aliases: ['LGBTQI+', 'LGBTQi'],
    definition:
      'The side event’s concept note lists “Persons with disabilities & LGBTQi” as the civil society organisations on its planned panel; this site writes LGBTQI. Our sources do not spell the acronym out, so we do not either.',
    provenance: 'summary',
    sources: ['seed-side-event-2024'],
    related: ['side-event-focus-areas'],
  },
  {
    id: 'est',
    term: 'EST',
    acronyms: ['EST'],
    definition:
      'The time zone given for the times of the 26 February 2024 side event in New York, as its concept note writes them.',
    provenance: 'summary',
    sources: ['seed-side-event-2024'],
    related: ['side-event-focus-areas'],
  },
  {
    id: 'wbg-institute',
    term: 'WBG Institute',
    acronyms: ['WBG'],
    definition:
      'The World Bank learning platform whose course page offers “Understanding the Copenhagen Framework”, with the World Bank’s Data Academy and the Open Institute. Our sources do not spell out the acronym.',
    provenance: 'summary',
    sources: ['wbg-course'],
    related: ['roadmap/in-practice'],
  },
  {
    id: 'dane',
    term: 'DANE (Colombia)',
    acronyms: ['DANE'],
    definition:
      'A Colombian body cited in a session summary of IGF 2025 for its co-creation work on citizen data; the summary does not say what it co-created. Our sources do not spell out the acronym.',
    provenance: 'summary',
    sources: ['digwatch-igf-2025'],
    related: ['definition/examples'],
  },
  {
    id: 'ai',
    term: 'Artificial intelligence',
    acronyms: ['AI'],
    definition:
      'The fourth Expert Group Meeting (Bangkok, November 2025) discussed its role in producing and using citizen data. Whether the Framework’s own text addresses AI is not known.',
    provenance: 'summary',
    sources: ['undesa-voice-2025-12'],
    related: ['enabling-environment/artificial-intelligence'],
  },
];

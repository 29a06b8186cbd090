/**
 * The events of the background timeline (2022 to 2026), as typed data so the page renders them
 * and tests/unit/content/timeline.test.ts checks them: sorted by date, every source in the
 * register. Facts, dates and confidence come from the project's FACTS.md; wording is ours.
 */

/** How sure we are of an event, mirroring the evidence labels of the research notes. */
export const CONFIDENCES = ['verified', 'partly-verified', 'unverified'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Reader-facing names of the confidence levels. */
export const CONFIDENCE_LABELS: Record<Confidence, { label: string; explanation: string }> = {
  verified: { label: 'Verified', explanation: 'Stated in the cited source.' },
  'partly-verified': {
    label: 'Partly verified',
    explanation: 'The source is second-hand, restates the Framework in other words, or stops mid-sentence.',
  },
  unverified: {
    label: 'Unverified',
    explanation: 'Known from one weak or uncorroborated source, or partly inferred by us.',
  },
};

export interface TimelineEvent {
  /** Anchor on the timeline page; readable, never shaped like an official paragraph number. */
  readonly id: string;
  /** ISO date, possibly partial (2023, 2023-02, 2023-04-24): the sort key and `<time dateTime>`. */
  readonly date: string;
  /**
   * Part of `date` is our inference (e.g. a year read from context): it still sorts the event but
   * is not written into machine-readable markup, where it would pass for a stated date.
   */
  readonly dateInferred?: boolean;
  /** The date as readers see it, e.g. "24–27 April 2023". */
  readonly dateLabel: string;
  readonly title: string;
  readonly description: string;
  /** Source ids from src/data/sources.ts; at least one. */
  readonly sources: readonly string[];
  readonly confidence: Confidence;
  /** A conflict or caveat readers must know about. */
  readonly note?: string;
  /** Sources of the note, e.g. the page that makes a conflicting claim. */
  readonly noteSources?: readonly string[];
  /** A page of this site with more on the event. */
  readonly more?: { readonly to: string; readonly label: string };
}

export const TIMELINE_EVENTS: readonly TimelineEvent[] = [
  {
    id: 'event-2022-bangkok-egm',
    date: '2022-11-10',
    dateLabel: '10–11 November 2022',
    title: 'Expert Group Meeting in Bangkok',
    description:
      'UNSD and UN ESCAP convened the Expert Group Meeting “Harnessing data by citizens for public policy and Sustainable Development Goal monitoring: a conceptual framework”. Its conclusion: a collaborative on citizen data, anchored in the UN, should be created.',
    sources: ['icsc-2023-02', 'voicescount-2022'],
    confidence: 'verified',
  },
  {
    id: 'event-2023-sg-report',
    date: '2023',
    dateLabel: 'Early 2023',
    title: 'Secretary-General’s report recognises citizen-generated data',
    description:
      'The Secretary-General’s report “Work on the review of progress towards the Sustainable Development Goals” gave recognition to citizen-generated data. Its document symbol is not known to us.',
    sources: ['icsc-2023-02'],
    confidence: 'verified',
  },
  {
    id: 'event-2023-54th-session',
    date: '2023-02',
    dateLabel: 'February/March 2023',
    title: '54th session of the Statistical Commission',
    description:
      'The Friday Seminar “Towards a framework to harness data by citizens, for citizens and about citizens” was held. The Commission saw value in citizen-generated data and backed the creation of a collaborative on it.',
    sources: ['unsd-54-innovation', 'dihr-egm-2023'],
    confidence: 'verified',
    note: 'The seminar is listed on UNSD’s page; the Commission’s stance is known only from a paraphrase by the Danish Institute for Human Rights. The exact session dates and the decision number are not known to us.',
  },
  {
    id: 'event-2023-collaborative-launch',
    date: '2023-04-24',
    dateLabel: '24–27 April 2023',
    title: 'Collaborative on Citizen Data launched',
    description: 'The Collaborative was launched at the 4th UN World Data Forum in Hangzhou.',
    sources: ['iisd-unwdf-2023', 'isi-572'],
    confidence: 'verified',
    more: { to: '/docs/background/collaborative', label: 'About the Collaborative' },
  },
  {
    id: 'event-2023-copenhagen-egm',
    date: '2023-09',
    dateLabel: 'September 2023',
    title: 'Expert Group Meeting in Copenhagen',
    description:
      'The UN Expert Group Meeting “Citizen Contributions to Data: A Conceptual Framework”, organised by UNSD and hosted by the Danish Institute for Human Rights, brought together experts from more than 20 countries.',
    sources: ['egriss-2023', 'dihr-egm-2023'],
    confidence: 'verified',
    note: 'The sources give different dates: 28–29 September (EGRISS) and 27–29 September (DIHR announcement).',
  },
  {
    id: 'event-2024-consultation',
    date: '2024-02-14',
    dateLabel: '14 February 2024',
    title: 'Global consultation on the draft Framework',
    description: 'A global consultation on the draft Framework was reported, ahead of the 55th session.',
    sources: ['iisd-2024-02-14'],
    confidence: 'verified',
  },
  {
    id: 'event-2024-friday-seminar',
    date: '2024-02-23',
    dateLabel: '23 February 2024',
    title: 'Friday Seminar on emerging issues',
    description: 'The Friday Seminar on emerging issues was held before the 55th session.',
    sources: ['fao-55'],
    confidence: 'verified',
  },
  {
    id: 'event-2024-high-level-forum',
    date: '2024-02-26',
    dateLabel: '26 February 2024',
    title: 'High-level Forum on official statistics',
    description: 'The High-level Forum on official statistics was held on the Monday before the session.',
    sources: ['fao-55'],
    confidence: 'verified',
  },
  {
    id: 'event-2024-side-event',
    date: '2024-02-26',
    dateLabel: '26 February 2024',
    title: 'Side event “From Insights to Action: Shaping the Future of Citizen Data”',
    description:
      'An evening side event at the Ford Foundation in New York, to gather feedback on the draft Framework and discuss its roadmap.',
    sources: ['seed-side-event-2024'],
    confidence: 'unverified',
    note: 'Known only from the event’s own concept note; no other source we found mentions it. Side events of the session are officially listed from the 55th session page, which we have not checked for this event.',
    noteSources: ['unsc-55'],
    more: { to: '/blog/2024/02/26/side-event-from-insights-to-action', label: 'Our write-up of the side event' },
  },
  {
    id: 'event-2024-55th-session',
    date: '2024-02-27',
    dateLabel: '27 February – 1 March 2024',
    title: '55th session: draft Framework presented',
    description:
      'The draft Framework was presented at the 55th session of the Statistical Commission, at UN Headquarters in New York, and national statistical offices welcomed it.',
    sources: ['fao-55', 'iisd-2024-02-14', 'isi-1010'],
    confidence: 'verified',
    note: 'A Global Partnership page dates the endorsement to this session; the other sources, UNSD staff among them, place it a year later, at the 56th session.',
    noteSources: ['gpsdd-legitimate-source', 'unsd-side-event-transcript', 'odw-2025-03'],
  },
  {
    id: 'event-2024-refinement',
    date: '2024-03',
    dateLabel: 'March 2024 – January 2025',
    title: 'Refinement and piloting',
    description: 'The Framework was refined and piloted.',
    sources: ['isi-1010'],
    confidence: 'verified',
  },
  {
    id: 'event-2024-third-egm',
    date: '2024-07-17',
    dateInferred: true,
    dateLabel: '17–19 July, probably 2024 (year inferred)',
    title: 'Workshop and third Expert Group Meeting, New York',
    description:
      'Held alongside the HLPF and hosted by UNSD and UN Women, the meeting fed into the revision of the Framework.',
    sources: ['dihr-third-egm'],
    confidence: 'unverified',
    note: 'The days, the place and the meeting are stated in the source; the year is only inferred from context, which is why the event is marked unverified.',
  },
  {
    id: 'event-2024-nature-comment',
    date: '2024-09-10',
    dateLabel: '10 September 2024',
    title: 'Nature comment on SDG data gaps',
    description:
      '“Data on SDGs are riddled with gaps. Citizens can help”: a comment in Nature written by Yongyi Min, Haoyi Chen (both UNSD) and Francesca Perucci (Open Data Watch).',
    sources: ['nature-comment-2024', 'nature-comment-summary'],
    confidence: 'verified',
  },
  {
    id: 'event-2024-medellin',
    date: '2024-11',
    dateLabel: 'November 2024',
    title: '5th UN World Data Forum, Medellín',
    description: 'The Collaborative took part in the 5th UN World Data Forum.',
    sources: ['icsc-2024-12'],
    confidence: 'verified',
  },
  {
    id: 'event-2025-endorsement',
    date: '2025-03-04',
    dateLabel: '4–7 March 2025',
    title: '56th session: Framework endorsed',
    description:
      'The Statistical Commission endorsed the Copenhagen Framework at its 56th session. A side event, “Partnership for Impact: NSOs and the Copenhagen Framework on Citizen Data”, was held.',
    sources: ['odw-2025-03', 'commit-2-data', 'igf-2025-of21', 'odw-2025-09', 'ecosoc-56'],
    confidence: 'verified',
    note: 'A single Global Partnership page puts the endorsement a year earlier, at the 55th session; we follow the other sources.',
    noteSources: ['gpsdd-legitimate-source'],
    more: { to: '/blog/2025-03-endorsement', label: 'Our news post on the endorsement' },
  },
  {
    id: 'event-2025-hlpf-workshop',
    date: '2025-07-23',
    dateLabel: '23 July 2025',
    title: 'HLPF workshop on citizen data',
    description:
      'A full-day hybrid workshop, “Advancing Inclusive Data Systems: Strengthening Citizen Data for Impact”, with UNSD, UN Women, Open Data Watch, PARIS21, the World Bank, UNITAR and others.',
    sources: ['odw-2025-09', 'commit-2-data'],
    confidence: 'verified',
  },
  {
    id: 'event-2025-kenya-malawi',
    date: '2025-08-14',
    dateLabel: '14 August 2025',
    title: 'Kenya–Malawi peer-learning exchange',
    description: 'An exchange on shared citizen data platforms.',
    sources: ['commit-2-data'],
    confidence: 'verified',
  },
  {
    id: 'event-2025-fourth-egm',
    date: '2025-11',
    dateLabel: 'November 2025',
    title: 'Fourth Expert Group Meeting, Bangkok',
    description:
      'Over three days, more than 70 participants reviewed the roadmap and discussed integration, capacity, financing and AI; progress was reported on the Citizen Data Commons platform.',
    sources: ['undesa-voice-2025-12'],
    confidence: 'verified',
  },
  {
    id: 'event-2025-course',
    date: '2025-11-14',
    dateLabel: 'From 14 November 2025',
    title: 'E-learning course “Understanding the Copenhagen Framework”',
    description:
      'A self-paced course by the World Bank and the Open Institute: about five hours, six videos, with a certificate.',
    sources: ['wbg-course', 'wb-blog-course'],
    confidence: 'verified',
  },
  {
    id: 'event-2026-report',
    date: '2026',
    dateLabel: '2026',
    title: 'Report E/CN.3/2026/13',
    description: 'The Secretary-General’s report to the 57th session reports, among other things, on progress in the citizen data work.',
    sources: ['iisd-e-cn3-2026-13'],
    confidence: 'verified',
  },
  {
    id: 'event-2026-unsd-virtual-side-event',
    date: '2026',
    dateLabel: '2026 (exact date not known to us)',
    title: 'UNSD virtual side event “After the Copenhagen Framework: Lessons, Tools, and the Road Ahead”',
    description:
      'A virtual side event organised by UNSD. We know it through a third-party transcript of its recording; what speakers said there is cited on this site as their remarks, not as the Framework’s text.',
    sources: ['unsd-side-event-transcript'],
    confidence: 'verified',
  },
  {
    id: 'event-2026-57th-session',
    date: '2026-03-02',
    dateLabel: '2–6 March 2026',
    title: '57th session of the Statistical Commission',
    description: 'On 2 March, an evening event discussed integrating citizen data into official statistics.',
    sources: ['gpsdd-57th'],
    confidence: 'verified',
  },
];

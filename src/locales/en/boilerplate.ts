/** English text that is not reporting: agency bylines, banners, calls to follow, captions, credits, link lines. */
import type { BoilerplateRule } from '../../extract/locale.ts';

export const boilerplate: BoilerplateRule[] = [
  {
    name: 'cookie-banner', scope: 'line',
    pattern: 'we use cookies|this (?:site|website) uses cookies|accept all|reject all|manage (?:your )?(?:cookie|privacy) (?:settings|preferences|choices)|privacy policy',
    examples: ['We use cookies to improve your experience on our site.', 'Accept all | Reject all | Manage your choices'],
    counterExamples: ['The government expelled five diplomats.'],
  },
  {
    name: 'follow-us', scope: 'line',
    pattern: 'follow (?:us|[^\\n]{0,40}?) on (?:telegram|whatsapp|facebook|twitter|x|instagram|linkedin|youtube|google news)|sign up (?:for|to)|subscribe (?:to|now)|newsletter|share (?:this|on)',
    examples: ['Follow us on Telegram', 'Sign up for our daily newsletter'],
    counterExamples: ['Officials followed the situation closely.'],
  },
  {
    name: 'read-more', scope: 'inline',
    pattern: '(?:read|see) (?:more|also)\\s?:?|related ?:|recommended stories',
    examples: ['Read more: Sahel juntas tighten their grip on the press', 'See also: the timeline of the crisis'],
    counterExamples: ['He read the report aloud.'],
  },
  {
    name: 'photo-credit', scope: 'line',
    // A caption ends with its credit in brackets: "(Courtesy/Agency)", "(Handout via Agency)".
    pattern: '©|photo ?:|\\(photo[^)]*\\)|photograph:|getty images|file photo|afp via getty|reuters/[a-z]+|ap photo|\\((?:courtesy|handout|supplied)\\b[^)]{0,60}\\)',
    examples: ['Soldiers leave their base in June 2021. Photo: AFP', 'A file photo of the palace. Getty Images',
      'The detained envoy, seen here in 2017. (Courtesy/Example Group)', 'The general at a parade in May. (Handout via Example Wire)'],
    counterExamples: ['The photographer was arrested.', 'The letter was delivered courtesy of the embassy.'],
  },
  {
    name: 'agency-byline', scope: 'match',
    // An agency's name after the dateline: "CITY, Month Day (Agency) -". The dateline stays: its date may be the event's.
    pattern: '(?<=(?:^|\\n)[^\\n(]{0,60})\\([^)\\n]{1,40}\\) ?- ?',
    examples: ['NIAMEY (Reuters) - Soldiers detained the president', 'DAKAR, Senegal (AP) - The government said',
      'CONAKRY (Example Wire) - Police said'],
    counterExamples: ['Reuters reported the arrest on Tuesday.', 'The ministry (in a statement) said two men were held.'],
  },
  {
    name: 'comments', scope: 'line',
    pattern: '(?<=^|\\n)(?:comments?|ok|share|advertisement|listen to this article|reporting by [^\\n]*|editing by [^\\n]*)(?=\\r?\\n|$)',
    examples: ['Comments', 'Advertisement', 'Reporting by Jane Doe; Editing by John Roe'],
    counterExamples: ['The minister’s comments surprised diplomats.'],
  },
];

/**
 * English cues that cancel a trigger near them: attempts, negation, hypotheses, threats,
 * demands, summons. `window` is how many characters before and after the trigger the cue may stand.
 */
import type { CueRule } from '../../extract/locale.ts';

export const cues: CueRule[] = [
  {
    name: 'coup-attempt', types: ['coup'], window: { before: 40, after: 0 },
    pattern: 'attempted|foiled|thwarted|failed|alleged|suspected|planned|plotting|plotted|plot to|plan to|attempts? to|efforts? to|bids? to|sought to|seeking to|aim\\w* to|tried to|trying to|feared|fears?|fear of|risk of|threat of|rumou?rs? of|accused of|prevent|avert|calls? for',
    examples: ['an attempted coup', 'a foiled coup', 'an effort to seize power', 'accused of plotting a coup', 'The opposition fears a coup', 'an alleged coup'],
  },
  {
    name: 'coup-failed', types: ['coup'], window: { before: 0, after: 30 },
    pattern: 'attempts?|plots?|bid|was foiled|was thwarted|failed|plan|rumou?rs?',
    examples: ['a coup attempt', 'coup plot', 'a coup bid'],
  },
  {
    name: 'coup-modal', types: ['coup'], window: { before: 0, after: 24 },
    pattern: 'could|would|might|may (?:happen|take|occur)|is (?:possible|likely|feared)|did not (?:happen|take place)',
    examples: ['a coup could happen', 'the coup did not happen'],
  },
  {
    name: 'coup-label', types: ['coup'], window: { before: 40, after: 0 },
    pattern: '(?:denounc|call|describ|decri|brand|term)\\w* (?:it |this |the move |the takeover )?(?:as )?(?:a |an )?["“]? ?',
    examples: ['the president denounced a "coup"', 'the opposition called it a coup'],
  },
  {
    name: 'iterative', types: ['arrest', 'expulsion'], window: { before: 30, after: 0 },
    pattern: 'waves? of|series of|spate of|string of|numerous|a rise in|crackdown with',
    examples: ['a wave of arrests', 'a spate of expulsions'],
  },
  {
    name: 'attempt', types: ['arrest', 'expulsion'], window: { before: 20, after: 0 },
    pattern: 'attempts? to|attempted|tried to|trying to|escaped|evaded',
    examples: ['an attempt to arrest', 'escaped arrest'],
  },
  {
    name: 'summons', types: ['expulsion'], window: { before: 20, after: 0 },
    pattern: 'summoned|recalled|recalls|recall of',
    examples: ['summoned over the expulsion', 'recalled its ambassador'],
  },
  {
    name: 'negation', types: ['coup', 'arrest', 'expulsion'], window: { before: 26, after: 0 },
    pattern: "(?:not|never|\\w+n't)(?: been| be| yet)?|denied|denies|deny|ruled out",
    examples: ['was not arrested', 'denied the expulsion', "hasn't been detained", 'police did not arrest'],
  },
  {
    // "No diplomats have been expelled", "no one was arrested": the subject says none.
    // Right before the verb it negates: "no arrests had been made but two men were detained" is an arrest.
    name: 'no-subject', types: ['coup', 'arrest', 'expulsion'], window: { before: 3, after: 0 },
    pattern: "\\b(?:no|none of the) (?:(?!the |a |an )[a-z'-]+ ){1,3}?(?:has|have|had|was|were|is|are)(?: (?:yet|since|ever|so far|already))?(?: been)?(?= )|\\bno(?:body| one|-one) (?:has|have|had|was|were|is|are)(?: (?:yet|since|ever|so far|already))?(?: been)?(?= )",
    examples: ['No diplomats have been expelled', 'no one was arrested', 'none of the protesters were detained', 'No foreign journalist has yet been expelled'],
    counterExamples: ['in no time the police have ', 'The man, who has no papers, was '],
  },
  {
    name: 'none', types: ['coup', 'arrest', 'expulsion'], window: { before: 10, after: 0 },
    pattern: '\\bno|\\bnor|\\bwithout',
    examples: ['no arrest'],
  },
  {
    name: 'hypothesis', types: ['coup', 'arrest', 'expulsion'], window: { before: 30, after: 0 },
    pattern: 'could|would|might|may (?:be|have|now|soon|also|still|well|yet|face|decide|order|seek)|should|must|plans? to|planning to|threat\\w* to|warned it would|consider\\w*|demand\\w*|call\\w* for|urg\\w*|seek\\w*|sought|wants? to|wanted to|risk\\w*|if |warrant for|face(?:s|d)? (?:possible )?',
    examples: ['could expel', 'demanded the arrest', 'threatened to expel', 'plans to expel', 'might be arrested', 'may be expelled', 'called for the arrest'],
    counterExamples: ['Theresa May expels'],
  },
  {
    // A reaction to a decision names an event told elsewhere, on the day of the reaction, not a new one.
    name: 'reaction', types: ['arrest', 'expulsion'], window: { before: 90, after: 0 },
    pattern: "(?:against|condemn\\w*|denounc\\w*|deplor\\w*|criticiz\\w*|criticis\\w*|protest\\w*) (?:the|its|this|their|a) (?:[a-z]+ ){0,2}(?:decision|move|measure)\\b[^.,;:!?]{0,70}?to ",
    examples: ['protested against the unfounded decision by the French authorities to expel', 'condemned the move to arrest'],
    counterExamples: ['took the decision to expel', 'announced its decision to expel'],
  },
  {
    name: 'future', types: ['coup', 'arrest', 'expulsion'], window: { before: 14, after: 0 },
    pattern: "will (?:be )?|'ll (?:be )?|going to (?:be )?|to be ",
    examples: ['will be expelled', 'are going to be arrested'],
  },
];

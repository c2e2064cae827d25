/**
 * Cues that cancel a trigger near them: attempts, negation, hypotheses, threats, demands,
 * warrants. `window` is how many characters before and after the trigger the cue may stand.
 */
import type { CueRule } from '../../extract/locale.ts';


export const cues: CueRule[] = [
  {
    name: 'coup-attempt', types: ['coup'], window: { before: 40, after: 0 },
    pattern: "tentatives? (?:[a-z]+ ){0,2}?(?:de|d')|dejou\\w* (?:une?|la|les|des) |tentait de|tentaient de|tente de|projets? de|complot\\w*|prepar\\w*|fomente\\w*|ourdi\\w*|appel\\w* (?:a|au)|craint\\w*|crainte? d'|redout\\w*|risques? (?:de|d')|menaces? (?:de|d')|rumeurs? (?:de|d')|soupcon\\w*|accus\\w*|presume\\w*|pretendu\\w*|suppose\\w*|eviter|empecher",
    examples: ["tentative de coup d'État", "une tentative présumée de coup d'État", "L'opposition redoute un coup d'État",
      "accusés de préparer un coup d'État", "a déjoué une tentative avérée de putsch"],
  },
  {
    name: 'coup-failed', types: ['coup'], window: { before: 0, after: 30 },
    pattern: 'dejoue\\w*|avorte\\w*|manque\\w*|rate|ratee|ratees|echoue\\w*|presume\\w*|suppose\\w*|allegue\\w*|imaginaire',
    examples: ["coup d'État déjoué", "coup d'État manqué"],
  },
  {
    name: 'coup-modal', types: ['coup'], window: { before: 0, after: 24 },
    pattern: "pourrai(?:t|ent)|pourra|serai(?:t|ent)|aurai(?:t|ent) lieu|est (?:possible|probable|a craindre)|n'est pas exclu|n'a pas eu lieu|n'aura pas lieu|se prepare",
    examples: ["Un coup d'État pourrait avoir lieu", "Le coup d'État n'a pas eu lieu"],
  },
  {
    name: 'coup-label', types: ['coup'], window: { before: 40, after: 0 },
    pattern: "(?:denonc|qualifi|parl|crie|criant|evoqu)\\w* (?:[a-z]+ ){0,2}(?:« ?|\" ?)?(?:un|une|d'un) ",
    examples: ['le président dénonce «un coup d’État»', "l'opposition parle d'un coup d'État"],
  },
  {
    name: 'iterative', types: ['arrest', 'expulsion'], window: { before: 30, after: 0 },
    pattern: "multipli\\w*|vagues? d'|series? d'|recrudescence|se multiplient|les nombreuses|de nombreuses",
    examples: ['ont multiplié les arrestations', "une vague d'arrestations"],
  },
  {
    name: 'coup-hearsay', types: ['coup'], window: { before: 24, after: 0 },
    pattern: "aurai(?:t|ent)|prevenir|qualifi\\w* de|s'apparente",
    examples: ["aurait fomenté un coup d'État"],
  },
  {
    name: 'attempt', types: ['arrest', 'expulsion'], window: { before: 20, after: 0 },
    pattern: "tentatives? (?:de|d')|tentait (?:de|d')|tente (?:de|d')|echappe\\w* a",
    examples: ["une tentative d'arrestation", "a échappé à une arrestation"],
  },
  {
    name: 'negation', types: ['coup', 'arrest', 'expulsion'], window: { before: 26, after: 0 },
    pattern: "(?:n'|ne )[a-z]+ (?:pas|jamais|toujours pas|plus)(?: ete)?|(?:n'|ne )(?:a|ont|avait|avaient) ete|(?:n'|ne )(?:pas|jamais) (?:ete )?|dementi\\w*|dement\\w*",
    examples: ["n'a pas été arrêté", "a démenti l'expulsion", "aucun journaliste n'a été arrêté", 'les ministres ne seraient pas arrêtés'],
  },
  {
    name: 'none', types: ['coup', 'arrest', 'expulsion'], window: { before: 10, after: 0 },
    pattern: "aucune?|pas d'|pas de|ni",
    examples: ['aucune arrestation'],
  },
  {
    name: 'hypothesis', types: ['coup', 'arrest', 'expulsion'], window: { before: 30, after: 0 },
    pattern: "pourrai(?:t|ent)|pourra|pourront|devrai(?:t|ent)|menac\\w* (?:de|d')|envisag\\w*|exig\\w*|reclam\\w*|demand\\w* (?:l'|la |le |les )|appel\\w* (?:a|au) |risqu\\w*|si |voulu|vouloir|veut|veulent|souhait\\w*|prone\\w*|mandat d'",
    examples: ['pourrait expulser', "réclame l'arrestation", "menace d'expulser"],
  },
  {
    // A reaction to a decision names an event told elsewhere, on the day of the reaction, not a new one.
    name: 'reaction', types: ['arrest', 'expulsion'], window: { before: 90, after: 0 },
    pattern: "(?:contre|condamn\\w*|denonc\\w*|deplor\\w*|regrett\\w*|critiqu\\w*|conteste\\w*) (?:[\"«“] ?)?(?:la|sa|cette|leur|une) (?:[a-z]+ ){0,2}?(?:decision|mesure|volonte|intention)\\b[^.,;:!?]{0,70}?(?:de |d')",
    examples: ["a protesté contre la décision injuste des autorités d'expulser", 'proteste contre « la décision infondée » d\'arrêter', "dénonce cette décision d'arrêter"],
    counterExamples: ["a pris la décision d'expulser", "a annoncé sa décision d'expulser"],
  },
  {
    name: 'future', types: ['coup', 'arrest', 'expulsion'], window: { before: 12, after: 0 },
    pattern: "sera|seront|va (?:etre )?|vont (?:etre )?|devra (?:etre )?|devront (?:etre )?",
    examples: ['sera expulsé', 'vont être arrêtés'],
  },
];

/**
 * Constructions that report a coup, an arrest or an expulsion and that a lemma cannot say
 * (an order to leave with its deadline, a set phrase). Single verbs and nouns are in
 * lexicon.ts. Examples must yield a mention of the type; counter-examples must not.
 */
import type { TriggerRule } from '../../extract/locale.ts';

export const triggers: TriggerRule[] = [
  {
    name: 'seize-power', type: 'coup', form: 'verb',
    pattern: "(?:s'est|se sont|s'etaient|s'etait|s'emparant|s'emparent|s'empare|s'emparerent) empare(?:e|s|es)? du pouvoir|s'empar(?:ant|ent|e|erent) du pouvoir",
    examples: ["L'armée s'est emparée du pouvoir en 2021."],
    counterExamples: ["Des officiers auraient voulu s'emparer du pouvoir."],
  },
  {
    // The army takes over the country: only soldiers taking the country or the power, not a rebel group taking a town.
    name: 'military-takes-control', type: 'coup', form: 'verb',
    // Also in the infinitive of a report ("ont annoncé avoir pris"), quoted ("« le contrôle total »"), and, when the control
    // is said to be total, of a country named ("le contrôle total de la Guinée").
    pattern: "(?:armee|militaires|soldats|officiers|junte|mutins|putschistes) (?:[a-z'-]+ ){0,6}?(?:a|ont|avait|avaient|avoir) pris (?:« ?|\" ?)?le controle (?:(?:total|complet|absolu|effectif)e? )?(?:» ?|\" ?)?(?:du pays|du pouvoir|de l'etat|des institutions)|(?:armee|militaires|soldats|officiers|junte|mutins|putschistes) (?:[a-z'-]+ ){0,6}?(?:a|ont|avait|avaient|avoir) pris (?:« ?|\" ?)?le controle (?:total|complet|absolu) ?(?:» ?|\" ?)?(?:de la|du|de l') ?(?!(?:ville|localite|region|province|quartier|camp|caserne|base|aeroport|route|frontiere|zone|capitale|radio|television)\\b)[a-z-]+",
    examples: ["L'armée a pris le contrôle du pays dans la nuit du 5 au 6 mars 2024.", 'Des militaires ont pris le contrôle du pouvoir le 30 août 2023.',
      "Un groupe d'officiers a annoncé ce mercredi avoir pris « le contrôle total » de la Guinée-Bissau."],
    counterExamples: ['Les rebelles ont pris le contrôle de la ville le 3 mars 2024.', "L'armée a pris le contrôle de l'aéroport le 3 mars 2024.",
      "L'armée a annoncé avoir pris le contrôle total de la ville de Kidal le 3 mars 2024."],
  },
  {
    // Soldiers drive a ruler from power: "ont chassé du pouvoir le président", "évincé du pouvoir par l'armée"
    // (not "chassé du pouvoir par la rue", nor a town's "chassés de la ville").
    name: 'driven-from-power', type: 'coup', form: 'verb',
    pattern: "(?:armee|militaires|soldats|officiers|junte|mutins|putschistes) (?:[a-z'-]+ ){0,4}?(?:a|ont|avait|avaient|avoir) (?:chasse|evince|ecarte)(?:e|s|es)? (?:[^.;:!?]{1,50}? )?du pouvoir|(?:chasse|evince|ecarte)(?:e|s|es)? du pouvoir (?:[a-z'-]+ ){0,3}?par (?:l'armee|les militaires|des militaires|la junte|une junte|des soldats|les soldats|des officiers|les putschistes|des putschistes|les mutins|des mutins|un coup|un putsch)",
    examples: ['Les militaires ont chassé du pouvoir le président mardi.', "Le chef de l'État a été évincé du pouvoir mardi par l'armée."],
    counterExamples: ['Le président a été chassé du pouvoir par la rue le 3 mars 2024.', 'Les soldats ont chassé les rebelles de la ville le 3 mars 2024.'],
  },
  {
    // Held where soldiers or jailers keep people, or by soldiers: "est retenu dans une caserne", "ont été retenus par les militaires".
    name: 'held-by-soldiers', type: 'arrest', form: 'verb', state: true, needsPerson: true,
    pattern: "(?<=(?:ete|est|sont|etait|etaient|reste|restent|demeure|demeurent) )retenu(?:e|s|es)? (?:(?:[a-z'-]+ ){0,3}?(?:dans|a|au) (?:une |un |la |le )?(?:caserne|camp militaire|base militaire|lieu (?:tenu )?secret|prison|cellule|poste de police|commissariat)|(?:[a-z'-]+ ){0,3}?par (?:les|des) (?:militaires|soldats|putschistes|mutins|forces de securite|gendarmes|policiers)|en otage)",
    examples: ['Le président déchu est retenu mardi dans une caserne.', 'Les responsables ont été retenus sur place par les soldats le 22 mai 2014.'],
    counterExamples: ['La solution retenue par les militaires a surpris le 3 mars 2024.', 'Le candidat retenu par le parti a été investi le 3 mars 2024.'],
  },
  {
    name: 'sent-home', type: 'expulsion', form: 'verb',
    pattern: "(?:renvoye|reconduit|rapatrie de force)(?:e|s|es)? (?:dans|vers) (?:son|leur) pays",
    examples: ['Le prêtre français a été renvoyé dans son pays le 6 mars 2024.'],
    counterExamples: ['Le ministre a été renvoyé du gouvernement le 6 mars 2024.'],
  },
  {
    name: 'putschists-act', type: 'coup', form: 'noun',
    pattern: "(?:des|les) (?:militaires |soldats |officiers )?putschistes(?= (?:ont|a|qui ont|se sont|ont-ils|affirment|annoncent|ont annonce|disent)|\\s*[.,;])",
    examples: ['Le président a été placé en résidence surveillée, ont annoncé le 30 août 2023 des putschistes.',
      'Le 30 août 2023, les putschistes ont dissous les institutions.'],
    counterExamples: ['Les putschistes présumés ont été arrêtés le 3 mars 2024.'],
  },
  {
    name: 'held-by-putschists', type: 'arrest', form: 'verb',
    pattern: 'aux mains des (?:putschistes|militaires|mutins|soldats|forces speciales)',
    examples: ['Le président est aux mains des putschistes depuis dimanche 5 septembre 2021.'],
  },
  {
    name: 'order-to-leave', type: 'expulsion', form: 'verb',
    pattern: "(?:somm|ordonn|demand|enjoin|intim|donn)\\w* [^.!?;]{0,70}?(?:de |pour )quitter (?:le|son|leur|notre|votre|du) (?:territoire|pays|sol)|(?:\\d+|{{numberWord}}) (?:heures|jours) pour quitter|ordonn\\w* (?:le depart|le renvoi|l'expulsion)"
      // An order received, or an invitation that is one: "a reçu l'ordre de quitter le pays", "invité à quitter le territoire".
      + "|l'ordre (?:[a-z]+ )?de quitter (?:le|son|leur) (?:territoire|pays|sol)|invit\\w* a quitter (?:le|son|leur) (?:territoire|pays|sol)",
    examples: ['La France a sommé deux diplomates de quitter son territoire.', 'Ils ont 72 heures pour quitter le pays.',
      'La veille, Bamako a ordonné le départ de cinq membres de l\'ambassade.', "Alger a ordonné l'expulsion de l'ambassadeur du Maroc.",
      "L'ambassadeur a reçu l'ordre de quitter le pays mardi.", 'Le chargé d\'affaires a été invité à quitter le territoire sous 72 heures.'],
    counterExamples: ['Les diplomates ont quitté le pays dimanche.'],
  },
  {
    name: 'persona-non-grata', type: 'expulsion', form: 'verb',
    pattern: '(?:declar|jug)(?:e|ee|es|ees|ant|er)(?: de leur cote| a leur tour)? (?:persona non grata|personae non gratae|indesirables?)|personae? non gratae?',
    examples: ['Les autorités maliennes ont réagi en déclarant de leur côté persona non grata cinq agents.', 'Deux diplomates, persona non grata, doivent partir.'],
  },
  {
    name: 'no-longer-welcome', type: 'expulsion', form: 'verb',
    pattern: "(?:n'est|ne sont|n'etait|n'etaient) plus (?:le |la |les )?bienvenu(?:e|s|es)?",
    examples: ["Le 3 mai 2024, le ministère a fait savoir que l'ambassadeur n'était plus le bienvenu."],
  },
  {
    // A state withdraws its consent to a foreign envoy: the diplomatic form of an expulsion.
    name: 'consent-withdrawn', type: 'expulsion', form: 'verb',
    pattern: "retir\\w* (?:jeudi |vendredi |samedi |dimanche |lundi |mardi |mercredi )?(?:son|leur) agrement (?:a|au|aux) ",
    examples: ['Le gouvernement a retiré jeudi son agrément au nonce apostolique.', "Managua a retiré son agrément à l'ambassadeur le 10 mars 2022."],
  },
  {
    name: 'forced-departure', type: 'expulsion', form: 'noun',
    pattern: '(?<plural>departs forces)|depart force',
    examples: ['Le départ forcé de cinq agents, le 17 septembre 2025, a été annoncé.'],
  },
];

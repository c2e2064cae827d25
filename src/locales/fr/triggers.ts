/**
 * Words and phrases that report a coup, an arrest or an expulsion in French.
 * `form: 'noun'` triggers ("l'arrestation de...") take no agent from the sentence subject.
 * Examples are sentences that must yield a mention of the type; counter-examples must not
 * (they may be cancelled by a cue, see cues.ts).
 */
import type { TriggerRule } from '../../extract/locale.ts';

export const triggers: TriggerRule[] = [
  // --- coups
  {
    name: 'coup-detat', type: 'coup', form: 'noun',
    pattern: "(?<plural>coups d'etat|putschs)|coup d'etat|putsch",
    examples: ["Le coup d'État de 2020 a renversé le président.", 'Le putsch du 26 juillet 2023 a surpris Niamey.',
      "Depuis les coups d'Etat de 2020 et 2021, la relation n'a cessé de se dégrader."],
    counterExamples: ["Une tentative de coup d'État a été déjouée le 3 mars 2024.", "Le coup d'État manqué de 2022 a fait dix morts.",
      "L'opposition redoute un coup d'État en 2026."],
  },
  {
    name: 'seize-power', type: 'coup', form: 'verb',
    pattern: "(?:a|ont|avait|avaient) (?:pris|saisi) le pouvoir(?: par la force)?|(?:s'est|se sont|s'etaient|s'etait) empare(?:e|s|es)? du pouvoir|(?:renverse|destitue|depose)(?:s)? le (?:president|chef de l'etat|gouvernement)",
    examples: ["Le 30 août 2023, des militaires ont pris le pouvoir à Libreville.", "L'armée s'est emparée du pouvoir en 2021.",
      'Des officiers ont renversé le président le 26 juillet 2023.'],
    counterExamples: ['Des officiers auraient voulu prendre le pouvoir.'],
  },
  // --- arrests
  {
    name: 'arrestation', type: 'arrest', form: 'noun',
    pattern: "(?<plural>arrestations)|arrestation|interpellations?|(?:mise?s?|placement) (?:aux arrets|en detention|en garde a vue|en residence surveillee)|assignation a residence",
    examples: ["L'arrestation, en août, d'un diplomate français à Bamako a tendu les relations.",
      "Les arrestations de trois opposants, le 5 mars 2024, ont été dénoncées."],
    counterExamples: ["Un mandat d'arrêt a été émis contre lui.", "L'opposition réclame l'arrestation des responsables."],
  },
  {
    name: 'arrest-verb', type: 'arrest', form: 'verb',
    pattern: "(?<![a-z]'|un |cet |s'est |se sont |s'etait |s'etaient )arret(?:e|ee|es|ees|ant|er)|interpell(?:e|ee|es|ees|ant|er)|apprehend(?:e|ee|es|ees|er)|ecroue(?:e|s|es)?|incarcere(?:e|s|es)?|(?:place|placee|places|placees|mis|mise|mises) (?:en detention|en garde a vue|en residence surveillee|sous mandat de depot)|(?:mis|mise|mises) aux arrets|assigne(?:e|s|es)? a residence",
    examples: ['Mi-août 2025, les autorités ont interpellé un ressortissant français.',
      "L'ancien président a été placé en résidence surveillée le 26 juillet 2023.",
      'Le 12 mai 2024, la police a arrêté cinq journalistes à Conakry.',
      "L'opposant a été assigné à résidence dimanche."],
    counterExamples: ["Selon un arrêté du ministère, les manifestations sont interdites.", "La police n'a pas arrêté les manifestants."],
  },
  // --- expulsions
  {
    name: 'order-to-leave', type: 'expulsion', form: 'verb',
    pattern: "(?:somm|ordonn|demand|enjoin|intim|donn)\\w* [^.!?;]{0,70}?(?:de |pour )quitter (?:le|son|leur|notre|votre|du) (?:territoire|pays|sol)|(?:\\d+|{{numberWord}}) (?:heures|jours) pour quitter|ordonn\\w* (?:le depart|le renvoi|l'expulsion)",
    examples: ['La France a sommé deux diplomates de quitter son territoire.', 'Ils ont 72 heures pour quitter le pays.',
      'La veille, Bamako a ordonné le départ de cinq membres de l\'ambassade.', "Alger a ordonné l'expulsion de l'ambassadeur du Maroc."],
    counterExamples: ['Les diplomates ont quitté le pays dimanche.'],
  },
  {
    name: 'expulsion', type: 'expulsion', form: 'noun',
    pattern: '(?<plural>expulsions)|expulsion|depart force|renvoi',
    examples: ["Le 17 septembre, le ministère a annoncé l'expulsion de cinq personnels de l'ambassade."],
    counterExamples: ["Les députés ont réclamé l'expulsion de l'ambassadeur.", "Le pays menace d'expulser les diplomates."],
  },
  {
    name: 'expel-verb', type: 'expulsion', form: 'verb',
    pattern: 'expuls(?:e|ee|es|ees|er|ant|ent|ait|aient)|reconduit(?:e|s|es)? a la frontiere|(?:declar|jug)(?:e|ee|es|ees|ant|er)(?: de leur cote| a leur tour)? (?:persona non grata|indesirables?)|persona non grata',
    examples: ['Paris a déclaré persona non grata deux diplomates maliens.', 'Niamey a expulsé l\'ambassadeur de France le 26 août 2023.',
      "Cinq agents de l'ambassade ont été déclarés indésirables."],
    counterExamples: ["L'ambassadeur a été convoqué au ministère.", 'Le gouvernement pourrait expulser les journalistes.'],
  },
];

/**
 * The trigger lexicon: verbs and nouns that report a coup, an arrest or an expulsion, as
 * lemmas. Every form is generated from `inflection.ts` (participles and their agreement,
 * finite forms, plurals). Examples must yield a mention of the type; counter-examples must
 * not (a cue in cues.ts may be what cancels them).
 */
import type { LexiconEntry } from '../../extract/lexicon.ts';

/** Before "arrêté", these make it a decree or a stop, not an arrest. */
const NOT_AN_ARREST = ["un ", "cet ", "s'est ", "se sont ", "s'etait ", "s'etaient ", "l'", "s'", "qu'", "d'"];

export const lexicon: LexiconEntry[] = [
  // --- arrests: verbs
  {
    type: 'arrest', verb: 'arrêter', notAfter: NOT_AN_ARREST,
    examples: ['La police a arrêté cinq journalistes à Conakry.', 'Deux opposants ont été arrêtés mardi.', 'Les gendarmes arrêtèrent le maire.'],
    counterExamples: ["Selon un arrêté du ministère, les rassemblements sont interdits.", "Le convoi s'est arrêté à la frontière."],
  },
  { type: 'arrest', verb: 'interpeller', examples: ['Trois militants ont été interpellés à Dakar.'] },
  { type: 'arrest', verb: 'appréhender', examples: ['Le suspect a été appréhendé à son domicile.'] },
  { type: 'arrest', verb: 'écrouer', examples: ["L'ancien ministre a été écroué lundi."] },
  { type: 'arrest', verb: 'incarcérer', state: true, examples: ['Le journaliste est incarcéré depuis mardi.', 'Le journaliste a été incarcéré mardi.'] },
  { type: 'arrest', verb: 'emprisonner', state: true, examples: ['Les deux syndicalistes ont été emprisonnés.'] },
  { type: 'arrest', verb: 'rafler', needsPerson: true, examples: ['Des dizaines de manifestants ont été raflés mardi.'], counterExamples: ['Le film a raflé tous les prix le 3 mars 2024.'] },
  { type: 'arrest', verb: 'jeter', participle: 'jeté', finite: ['jette', 'jettent', 'jetait', 'jetaient', 'jeta', 'jetèrent'], complement: 'en prison', examples: ['Le militant a été jeté en prison mardi.'] },
  { type: 'arrest', verb: 'faire', participle: 'fait', finite: ['font', 'firent'], complement: 'prisonnier', examples: ['Le président a été fait prisonnier par les putschistes mardi.'] },
  { type: 'arrest', verb: 'capturer', needsPerson: true, examples: ['Des militaires ont capturé le président dans son palais.'], counterExamples: ['Les images capturées par la caméra.'] },
  {
    type: 'arrest', verb: 'détenir', needsPerson: true, state: true, participle: 'détenu', finite: ['détient', 'détiennent', 'détenait', 'détenaient', 'détint'],
    examples: ['La chercheuse est détenue depuis le 5 juin à Téhéran.', 'Les autorités détiennent trois étrangers.'],
    counterExamples: ['Il détient la majorité des parts.'],
  },
  {
    type: 'arrest', verb: 'placer', complement: 'en résidence surveillée',
    examples: ["L'ancien président a été placé en résidence surveillée le 26 juillet 2023.", 'Les putschistes ont placé hier le chef de l’État en résidence surveillée.'],
  },
  { type: 'arrest', verb: 'placer', complement: 'en détention', examples: ['Le journaliste a été placé en détention provisoire.'] },
  { type: 'arrest', verb: 'placer', complement: 'en garde à vue', examples: ['Deux élus ont été placés en garde à vue.'] },
  { type: 'arrest', verb: 'placer', complement: 'sous mandat de dépôt', examples: ["L'opposant a été placé sous mandat de dépôt dimanche."] },
  { type: 'arrest', verb: 'placer', complement: 'aux arrêts', examples: ['Le général a été placé aux arrêts.'] },
  { type: 'arrest', verb: 'mettre', participle: 'mis', finite: ['met', 'mettent', 'mettait', 'mettaient', 'mirent'], complement: 'aux arrêts', examples: ['Le chef de la garde a été mis aux arrêts.'] },
  { type: 'arrest', verb: 'mettre', participle: 'mis', finite: ['met', 'mettent'], complement: 'en détention', examples: ['Il a été mis en détention à la prison centrale.'] },
  { type: 'arrest', verb: 'conduire', participle: 'conduit', finite: ['conduisent'], complement: 'en garde à vue', examples: ['Le maire a été conduit en garde à vue.'] },
  { type: 'arrest', verb: 'conduire', participle: 'conduit', finite: ['conduisent'], complement: "à la maison d'arrêt", examples: ["Le député a été conduit mardi à la maison d'arrêt."] },
  { type: 'arrest', verb: 'conduire', participle: 'conduit', finite: ['conduisent'], complement: 'en prison', examples: ['Les deux militants ont été conduits en prison le 3 mars 2024.'] },
  { type: 'arrest', verb: 'assigner', complement: 'à résidence', state: true, examples: ["L'opposant a été assigné à résidence dimanche."] },
  { type: 'arrest', verb: 'garder', complement: 'à vue', state: true, examples: ['Les deux militants ont été gardés à vue.'] },
  { type: 'arrest', verb: 'garder', complement: 'en résidence surveillée', state: true, examples: ['Le président est gardé en résidence surveillée par les militaires.'] },
  // --- arrests: nouns
  {
    type: 'arrest', noun: 'arrestation',
    examples: ["L'arrestation, en août, d'un diplomate français à Bamako a tendu les relations.", 'Les arrestations de trois opposants, le 5 mars 2024, ont été dénoncées.'],
    counterExamples: ["Un mandat d'arrêt a été émis contre lui.", "L'opposition réclame l'arrestation des responsables."],
  },
  { type: 'arrest', noun: 'interpellation', examples: ["L'interpellation de deux journalistes, mardi 4 mars 2025, a choqué."] },
  { type: 'arrest', noun: 'incarcération', examples: ["L'incarcération de l'ancien ministre, le 2 mai 2024, a surpris."] },
  { type: 'arrest', noun: 'capture', examples: ['La capture du chef rebelle, le 3 juin 2024, a été annoncée.'] },
  { type: 'arrest', noun: 'mise', plural: 'mises', complement: 'aux arrêts', examples: ['La mise aux arrêts du général, le 9 mai 2024, a été confirmée.'] },
  { type: 'arrest', noun: 'mise', plural: 'mises', complement: 'en détention', examples: ['La mise en détention du journaliste, le 9 mai 2024, a été dénoncée.'] },
  { type: 'arrest', noun: 'placement', complement: 'en détention', examples: ['Son placement en détention, le 9 mai 2024, a été dénoncé.'] },
  { type: 'arrest', noun: 'placement', complement: 'en garde à vue', examples: ['Le placement en garde à vue du maire, le 9 mai 2024, a été confirmé.'] },
  { type: 'arrest', noun: 'placement', complement: 'en résidence surveillée', examples: ['Le placement en résidence surveillée du président, le 9 mai 2024, a été confirmé.'] },
  { type: 'arrest', noun: 'assignation', complement: 'à résidence', examples: ["L'assignation à résidence du chef de l'État, le 9 mai 2024, a été confirmée."] },
  { type: 'arrest', noun: 'coup de filet', plural: 'coups de filet', examples: ['Un coup de filet a visé vingt militants le 9 mai 2024.'] },
  // --- coups
  {
    type: 'coup', noun: "coup d'État", plural: "coups d'État",
    examples: ["Le coup d'État de 2020 a renversé le président.", "Depuis les coups d'Etat de 2020 et 2021, la relation n'a cessé de se dégrader."],
    counterExamples: ["Une tentative de coup d'État a été déjouée le 3 mars 2024.", "Le coup d'État manqué de 2022 a fait dix morts.", "L'opposition redoute un coup d'État en 2026.",
      'Le 3 mai 2024, il a dénoncé un soi-disant « coup d’État ».', 'Le 3 mai 2024, les auteurs du "coup d\'État" ont été sanctionnés.'],
  },
  { type: 'coup', noun: 'putsch', plural: 'putschs', examples: ['Le putsch du 26 juillet 2023 a surpris Niamey.'] },
  { type: 'coup', noun: 'prise du pouvoir', complement: 'par', examples: ["La prise du pouvoir par l'armée, le 30 août 2023, a mis fin au règne de la famille."] },
  { type: 'coup', noun: 'prise de pouvoir', complement: 'militaire', examples: ['La prise de pouvoir militaire du 5 septembre 2021 a été condamnée.'] },
  {
    type: 'coup', verb: 'prendre', participle: 'pris', finite: ['prend', 'prennent', 'prenait', 'prenaient', 'prit', 'prirent', 'prenant'], complement: 'le pouvoir',
    examples: ['Le 30 août 2023, des militaires ont pris le pouvoir à Libreville.', 'Les officiers qui ont pris hier le pouvoir ont dissous le gouvernement.'],
    counterExamples: ['Des officiers auraient voulu prendre le pouvoir.'],
  },
  { type: 'coup', verb: 'saisir', complement: 'le pouvoir', examples: ["L'armée a saisi le pouvoir le 25 octobre 2021."] },
  {
    type: 'coup', verb: 'renverser', complement: 'le président',
    examples: ['Des officiers ont renversé le président le 26 juillet 2023.'],
    counterExamples: ['Le sondage pourrait renverser la tendance.'],
  },
  { type: 'coup', verb: 'renverser', complement: "le chef de l'État", examples: ["Les militaires ont renversé mercredi le chef de l'État."] },
  { type: 'coup', verb: 'renverser', complement: 'le gouvernement', examples: ["L'armée a renversé le gouvernement civil en 2021."] },
  { type: 'coup', verb: 'renverser', complement: 'le régime', examples: ['Les putschistes ont renversé le régime le 18 août 2020.'] },
  { type: 'coup', verb: 'renverser', complement: 'coup', examples: ['Le lieutenant-colonel a été renversé par un nouveau coup de force le 30 septembre 2022.'] },
  { type: 'coup', verb: 'renverser', complement: "par l'armée", examples: ["Le président a été renversé par l'armée le 18 août 2020."] },
  { type: 'coup', verb: 'renverser', complement: 'par des militaires', examples: ['Le chef de l’État a été renversé par des militaires en 2021.'] },
  { type: 'coup', verb: 'renverser', complement: 'par les militaires', examples: ['Le chef de l’État a été renversé lundi par les militaires.'] },
  { type: 'coup', verb: 'renverser', complement: 'par la junte', examples: ['Le gouvernement civil a été renversé par la junte en 2021.'] },
  { type: 'coup', verb: 'destituer', complement: 'le président', examples: ['Des militaires ont destitué le président le 26 juillet 2023.'] },
  // Removed by soldiers, not by a vote: "destitué par le Parlement" is an impeachment.
  { type: 'coup', verb: 'destituer', complement: "par l'armée", examples: ["Le président a été destitué jeudi 11 avril par l'armée."], counterExamples: ['Le président a été destitué par le Parlement le 3 mai 2024.'] },
  { type: 'coup', verb: 'destituer', complement: 'par des militaires', examples: ['Le chef de l’État a été destitué par des militaires le 3 mai 2024.'] },
  { type: 'coup', verb: 'destituer', complement: 'par les militaires', examples: ['Le chef de l’État a été destitué par les militaires le 3 mai 2024.'] },
  { type: 'coup', verb: 'déposer', complement: 'le président', examples: ['La junte a déposé le président le 24 janvier 2022.'] },
  { type: 'coup', verb: 'déposer', complement: "par l'armée", examples: ["Le président élu a été déposé par l'armée mercredi 3 juillet."], counterExamples: ['Le projet de loi a été déposé par le gouvernement le 3 mai 2024.'] },
  { type: 'coup', verb: 'déposer', complement: 'par des militaires', examples: ['Le chef de l’État a été déposé par des militaires le 3 mai 2024.'] },
  { type: 'coup', verb: 'déposer', complement: 'par les militaires', examples: ['Le chef de l’État a été déposé par les militaires le 3 mai 2024.'] },
  // --- expulsions
  {
    type: 'expulsion', verb: 'expulser',
    examples: ["Niamey a expulsé l'ambassadeur de France le 26 août 2023.", 'Le gouvernement expulse deux journalistes étrangers.'],
    counterExamples: ["L'ambassadeur a été convoqué au ministère.", 'Le gouvernement pourrait expulser les journalistes.'],
  },
  {
    type: 'expulsion', noun: 'expulsion',
    examples: ["Le 17 septembre, le ministère a annoncé l'expulsion de cinq personnels de l'ambassade."],
    counterExamples: ["Les députés ont réclamé l'expulsion de l'ambassadeur.", "Le pays menace d'expulser les diplomates."],
  },
  { type: 'expulsion', verb: 'déclarer', complement: 'persona non grata', examples: ['Paris a déclaré persona non grata deux diplomates maliens.'] },
  { type: 'expulsion', verb: 'déclarer', complement: 'personae non gratae', examples: ['Douze agents ont été déclarés personae non gratae le 14 avril 2025.'] },
  { type: 'expulsion', verb: 'déclarer', complement: 'indésirable', examples: ["Cinq agents de l'ambassade ont été déclarés indésirables."] },
  { type: 'expulsion', verb: 'reconduire', participle: 'reconduit', finite: ['reconduisent'], complement: 'à la frontière', examples: ['Les deux militants ont été reconduits à la frontière mardi.'] },
  { type: 'expulsion', noun: 'reconduite', complement: 'à la frontière', examples: ['La reconduite à la frontière de trois étrangers, le 9 mai 2024, a été ordonnée.'] },
  { type: 'expulsion', verb: 'prier', complement: 'de quitter', examples: ["L'ambassadrice a été priée de quitter le pays sous 48 heures."] },
  { type: 'expulsion', noun: 'renvoi', complement: 'vers', examples: ['Le renvoi de vingt migrants vers leur pays, le 9 mai 2024, a été critiqué.'], counterExamples: ['Le renvoi du chef de la garde a surpris.'] },
];

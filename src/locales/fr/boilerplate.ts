/** Text that is not reporting: banners, calls to follow, captions, credits, link lines. */
import type { BoilerplateRule } from '../../extract/locale.ts';

export const boilerplate: BoilerplateRule[] = [
  {
    name: 'cookie-banner', scope: 'line',
    pattern: "cookies?|en cliquant sur|tout accepter|tout refuser|parametrer vos choix|vos choix|politique de confidentialite",
    examples: ['RT en français utilise des cookies pour exploiter et améliorer ses services.', 'Tout AccepterTout refuserParamétrer vos choix'],
    counterExamples: ['Le gouvernement a expulsé cinq diplomates.'],
  },
  {
    name: 'follow-us', scope: 'line',
    pattern: "suivez[^\\n]{0,60}? sur ?(?:telegram|whatsapp|facebook|twitter|x|instagram|linkedin|youtube|google news)|restez informe|abonnez-vous|inscrivez-vous|telechargez (?:l'application|notre application)|partager sur",
    examples: ['Suivez RT en français surTelegram', 'Restez informé des derniers gros titres sur WhatsApp | LinkedIn'],
    counterExamples: ['Les autorités ont suivi de près la situation.'],
  },
  {
    name: 'read-also', scope: 'inline',
    pattern: "(?:a )?lire (?:aussi|egalement|la suite) ?:?|voir aussi ?:|sur le meme sujet ?:?",
    examples: ["Lire aussi: Sahara-ONU : Vers une recomposition des alliances autour du plan d'autonomie Depuis 2020"],
    counterExamples: ['Il faut lire ce rapport.'],
  },
  {
    name: 'photo-credit', scope: 'line',
    pattern: "©|credit photo|credits photo|photo ?:|\\(photo[^)]*\\)|\\[photo[^\\]]*\\]|photo d'illustration|illustration ?:|source ?: ?(?:afp|ap|reuters)",
    examples: ["Des soldats quittent leur base, en juin 2021. [Photo d'illustration]", 'Titre© Jerome Delay Source: AP'],
    counterExamples: ['Le photographe a été arrêté.'],
  },
  {
    name: 'comments', scope: 'line',
    pattern: '(?<=^|\\n)(?:comments?|commentaires?|ok|partager|publicite|newsletter|raconter l\'actualite)(?=\\r?\\n|$)',
    examples: ['Comments', 'OK'],
    counterExamples: ['Les commentaires du ministre ont surpris.'],
  },
];

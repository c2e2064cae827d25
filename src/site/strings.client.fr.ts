/** The French strings the browser scripts need: a module of their own, so that pages ship only these. */

export const clientStrings = {
  shown: (n: number, total: number) => (n === total ? `${total} événement${total > 1 ? 's' : ''}` : `${n} événement${n > 1 ? 's' : ''} sur ${total}`),
  sources: (n: number) => `${n} source${n > 1 ? 's' : ''}`,
  position: (i: number, n: number) => `${i} sur ${n}`,
  noCountry: 'Pays inconnu',
  agent: 'Auteur',
  patient: 'Visés',
  timelineLabel: 'Chronologie interactive : Tab pour entrer, flèches pour passer d’un événement à l’autre, Entrée pour ouvrir, Échap pour fermer.',
  copied: 'Lien copié dans le presse-papiers',
  copyFailed: 'Copie impossible : sélectionnez le lien ci-dessus',
  codeCopied: 'Code copié',
  denseNote: (n: number) => `${n} événements ici : zoomez pour les voir un à un`,
  outsideNote: (before: number, after: number) => [
    before && `← ${before} événement${before > 1 ? 's' : ''} plus tôt`,
    after && `${after} événement${after > 1 ? 's' : ''} plus tard →`,
  ].filter(Boolean).join(' · '),
};


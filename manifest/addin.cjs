// The one source of truth for the add-in's manifests, rendered by manifest/render.cjs with every address
// relative to the base the add-in is served from: manifest.xml at the top level (the development manifest,
// committed, `npm run manifest` rewrites it), dist/manifest.xml (XML add-in only manifest, for ADDIN_URL),
// dist/manifest.json with its French localization file, and the app package that holds them.
module.exports = Object.freeze({
  /** The XML add-in's id. */
  id: '6a0c5bd8-3dfa-427c-b4f1-98e92a3a4744',
  /** The unified manifest's own id: Microsoft asks for distinct ids when both manifests may be deployed, the
   *  unified one hiding the XML one through extensions[0].alternates (docs/manifests.md). */
  unifiedId: '2effe764-7af7-48bb-bb66-cbb2463b5d5c',
  /** major.minor.patch; the XML manifest writes it with a fourth part, .0. */
  version: '1.0.0',
  provider: 'BPI premium add-in team',
  locale: 'en-US',
  name: 'BPI premium',
  description:
    "Prices export credit insurance as Bpifrance Assurance Export's Premium calculation note (March 2018): BPI.RATE, BPI.EXPLAIN and related functions, and a task pane calculator.",
  /** The unified manifest's short description (at most 80 characters). */
  shortDescription: 'Export credit insurance premium rates, exactly as Bpifrance publishes them.',
  /** The unified manifest's accent colour: the icons' blue. */
  accentColor: '#0078D4',
  /** Custom functions namespace: =BPI.RATE(...). */
  namespace: 'BPI',
  /** The only workbook access is writing a BPI.RATE formula into the selected cell from the task pane:
   *  ReadWriteDocument in the XML manifest, its unified-manifest equivalent in the JSON one. */
  permission: { xml: 'ReadWriteDocument', unified: 'Document.ReadWrite.User' },
  /** Paths relative to the base address (ADDIN_URL, or https://localhost:3000/ in development). */
  files: {
    /** Shared runtime: the one page hosts the custom functions and the task pane. */
    page: 'taskpane.html',
    functionsScript: 'functions.js',
    functionsMetadata: 'functions.json',
    /** French names and descriptions of the functions, generated at build time (src/i18n/functions.fr.ts). */
    functionsMetadataFr: 'functions-fr.json',
    /** 16, 32 and 80 px for the ribbon; 32 px IconUrl and 64 px HighResolutionIconUrl, the sizes Microsoft asks
     *  for outside Outlook (scripts/make-icons.mjs draws them). */
    icons: { 16: 'assets/icon-16.png', 32: 'assets/icon-32.png', 64: 'assets/icon-64.png', 80: 'assets/icon-80.png' },
    /** The unified manifest's developer pages: the task pane documents the add-in, its data use included
     *  (nothing leaves the workbook). An organisation publishing it may point these at its own pages. */
    website: 'taskpane.html',
    privacy: 'taskpane.html',
    termsOfUse: 'taskpane.html',
  },
  /** Ids shared by both manifests. */
  ids: { runtime: 'SharedRuntime', taskpane: 'BpiTaskpane', showTaskpane: 'ShowTaskpane', group: 'BpiGroup', button: 'BpiTaskpaneButton' },
  /** Unified manifest app-package icons, files beside manifest.json (sources in manifest/): 192 px colour,
   *  32 px white outline on transparent. */
  packageIcons: { color: 'color.png', outline: 'outline.png' },
  /** The unified manifest's app package in dist/: manifest.json and the two icons. */
  appPackage: 'bpi-premium-app.zip',
  ribbon: {
    groupLabel: 'BPI premium',
    buttonLabel: 'BPI premium',
    buttonTooltip: 'Open the BPI premium pane: documentation of the functions and a rate calculator.',
  },
  getStarted: {
    title: 'BPI premium functions are ready',
    description: 'Type =BPI.RATE(3,"CC2",7) in a cell, or open the BPI premium pane on the Home tab for the documentation and a calculator.',
  },
  /** What a French Office shows (XML manifest: fr-FR overrides; unified manifest: the fr-fr localization file
   *  of the app package). Function names and help: functionsMetadataFr. */
  fr: {
    locale: 'fr-FR',
    /** The unified manifest's localization file, beside manifest.json in the app package. */
    languageFile: 'fr-fr.json',
    name: 'Prime BPI',
    shortDescription: 'Taux de prime d’assurance-crédit export, tels que Bpifrance les publie.',
    description:
      'Calcule la prime d’assurance-crédit export selon la note de tarification de Bpifrance Assurance Export (mars 2018) : BPI.TAUXPRIME, BPI.EXPLIQUER, d’autres fonctions et un volet de calcul.',
    ribbon: {
      groupLabel: 'Prime BPI',
      buttonLabel: 'Prime BPI',
      buttonTooltip: 'Ouvre le volet Prime BPI : documentation des fonctions et calcul du taux de prime.',
    },
    getStarted: {
      title: 'Les fonctions de prime BPI sont prêtes',
      description:
        'Saisissez =BPI.TAUXPRIME(3;"CC2";7) dans une cellule, ou ouvrez le volet Prime BPI de l’onglet Accueil pour la documentation et le calcul d’un taux.',
    },
  },
});

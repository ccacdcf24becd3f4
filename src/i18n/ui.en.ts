/**
 * Every interface string of the English edition. The Chinese dictionary is
 * typed against this one (see ui.ts), so a key missing there fails
 * `astro check`. Strings that need a number or a name are small functions.
 */
import { SITE_NAME } from '../lib/routing/site.ts';

/** What each kind of page is called; the search box's suggestions use the same words. */
const kinds = { product: 'Product', lot: 'Lot', brand: 'Brand', country: 'Country', case: 'Case', risk: 'Risk explainer' } as const;

/** Punctuation differs between the languages: full-width in Chinese. Browser scripts get it too, in `script`. */
const punct = {
  space: ' ',
  fullStop: '.',
  list: ', ',
  colon: ': ',
  comma: ', ',
  semicolon: '; ',
  open: ' (',
  close: ')',
  quoteOpen: '“',
  quoteClose: '”',
};

export const en = {
  siteName: SITE_NAME,
  punct,
  skipToContent: 'Skip to main content',
  moved: { title: 'This page has moved', newAddress: 'Its new address is' },
  homeLabel: 'Fake Injectables Watch, home',
  nav: { cases: 'Cases', risks: 'Risks', products: 'Fake and illegal products', search: 'Search', main: 'Main', footer: 'Footer' },
  languageSwitch: { label: 'Language', readIn: 'Read this page in', current: 'Current language' },
  feedUpdated: 'Updated: ',
  feedTitle: 'Fake Injectables Watch: new and updated cases and records',
  feed: {
    /** A register record in the feed: its status, type, the authority's word, where it was found and its lots. */
    productSummary: (p: { status: string; type: string; wording?: string | undefined; whereFound: string; lots: string[] }) =>
      `${p.status} ${p.type.toLowerCase()}: ${p.wording ? `“${p.wording}”. ` : ''}${p.whereFound}${p.lots.length ? ` Lot or batch: ${p.lots.join(', ')}.` : ''}`,
  },
  breadcrumbs: { label: 'Breadcrumb', home: 'Home' },
  search: {
    formLabel: 'Site search',
    defaultLabel: 'Search products, lot numbers and cases',
    placeholder: 'Name or lot number',
    button: 'Search',
  },
  footer: {
    about:
      'A public record of counterfeit and illegal cosmetic injectables. Every fact links to its source. This site gives general information, not medical advice.',
    unwell: 'Feeling unwell after an injection?',
    dangerLink: 'Danger signs: what to do now',
    register: 'The register of fake and illegal products',
    cases: 'Cases',
    risks: 'Risks and how to check',
    lots: 'All lot numbers',
    brands: 'Brands',
    countries: 'Countries',
    coverage: 'What the register covers',
    methodology: 'How the register works',
    data: 'Open data (CC BY 4.0)',
    feed: 'Feed of new and updated pages',
    corrections: 'Corrections',
    aboutLink: 'About this site',
  },
  urgent: { title: 'Get help now' },
  cite: {
    source: (n: number) => `Source ${n}`,
    heading: 'Cite this page',
    permanent: 'Permanent address:',
    accessedBefore: 'The citations give',
    accessedAfter:
      'as the date you accessed the page. That is the day this page was built, not the day you read it: change it to the day you read the page.',
    copy: 'Copy',
    copied: 'Copied',
    apa: 'APA (7th edition)',
    mla: 'MLA (9th edition)',
    chicagoNote: 'Chicago (17th edition), note',
    chicagoBibliography: 'Chicago (17th edition), bibliography',
    bibtex: 'BibTeX',
    names: {
      apa: 'APA citation',
      mla: 'MLA citation',
      chicagoNote: 'Chicago note citation',
      chicagoBibliography: 'Chicago bibliography citation',
      bibtex: 'BibTeX citation',
    },
  },
  externalSite: '(external site)',
  dates: {
    firstPublished: 'First published:',
    lastUpdated: 'Last updated:',
    lastReviewed: 'Page last reviewed:',
    nextReview: 'Next review due:',
    notShown: 'date not shown',
    notShownSentence: 'Date not shown',
    range: (from: string, to: string) => `${from} to ${to}`,
  },
  changes: { heading: 'Changes to this page', correction: 'Correction.', firstPublished: 'First published.' },
  sources: {
    heading: 'Sources',
    intro:
      "Numbers in the text point to these sources. Each shows its kind: a regulator's own page, a peer-reviewed paper, a news report, or a re-post of someone else's report (used only for details that better sources share).",
    archived: 'Archived copies',
    noAddress: 'No web address is known for this source.',
    original: 'Original:',
    translatedTitle: 'our translation of the title',
  },
  keyFacts: 'Key facts',
  timeline: 'Timeline',
  people: {
    heading: 'People named in the reports',
    intro: 'Private people appear only under the pseudonyms that the police and the press used.',
    pseudonym: 'pseudonym used by police and press',
    unconfirmed: 'whether this is a pseudonym is not confirmed',
  },
  lotCaveat: {
    label: 'About lot numbers',
    strong: 'A lot number on this list is a strong warning sign, not proof.',
    body: 'Counterfeiters copy real lot numbers, and regulators have found genuine and fake units under the same lot. A lot that is not on any list is not proof that a product is safe.',
    link: 'Why a lot number is not proof',
  },
  lotTable: {
    caption: 'Each lot links to every alert that names it, in any country.',
    lot: 'Lot or batch',
    expiry: 'Expiry, as printed',
    notPublished: 'Not published',
  },
  card: { type: 'Type', lot: 'Lot', lots: 'Lots', foundIn: 'Found in', alert: 'Alert' },
  pagination: { label: 'Pages of the list', previous: 'Previous', next: 'Next', page: (n: number) => `Page ${n}` },
  filters: {
    any: 'Any',
    kind: 'Kind of page',
    type: 'Product type',
    status: 'Status',
    country: 'Country',
    year: 'Year',
    yearOfAlert: 'Year of alert',
    order: 'Order',
    byStatus: 'By status',
    filterAndSort: 'Filter and sort',
    filterAll: (n: number) => `Filter and sort all ${n} records`,
  },
  kinds,
  sorts: { relevance: 'Best match', newest: 'Newest first', oldest: 'Oldest first' },
  register: {
    showing: (first: number, last: number, total: number) => `Showing ${first} to ${last} of ${total} records.`,
    count: (n: number) => `${n} records.`,
    eyebrow: 'Register of recognised fake and illegal products',
    incomplete: 'This list is not complete.',
    incompleteMore: 'A product that is not here may still be fake or unsafe.',
  },
  status: {
    inCountry: (label: string, country: string) => `${label} in ${country}`,
    authorityWords: (wording: string) => `The authority's words: ${wording}`,
  },
  product: {
    calledIt: 'called this product',
    on: (date: string) => ` on ${date}`,
    in: (date: string) => ` in ${date}`,
    unapprovedMeans: 'This means it is not approved where it was found. The authority did not say it is a copy of a real product.',
    irregularMeans: 'The authority warned against this lot; it did not necessarily say the product is a copy.',
    lotNumber: 'Lot number',
    lotNumbers: 'Lot numbers',
    details: 'Details',
    productType: 'Product type',
    claimedMaker: 'Claimed maker',
    strength: 'Strength',
    notPublished: 'Not published',
    otherIdentifiers: 'Other identifiers',
    whereFound: 'Where found',
    authority: 'Authority',
    alert: 'Alert',
    ref: 'ref.',
    knownThrough: (kind: string, publisher: string) =>
      `We know this alert through a ${kind} source (${publisher}), not from the authority's own page.`,
    statusWords: "Status, in the authority's words",
    meaningOfWording: 'Meaning:',
    recognised: 'How it was recognised',
    harm: 'Harm reported',
    noHarm: 'None reported in the alert',
    tells: 'Packaging tells',
    tellsIntro: 'What the authority said differs from the genuine product.',
    otherNames: 'Other names',
    brandClaimed: 'Brand it claims to be:',
    notes: 'Notes',
    ifYouHave: 'If you have this product, or were injected with it',
    ifUnwell: 'If you feel unwell after an injection, get medical help now: ',
    dangerLink: 'danger signs and what to do',
    doNotUse: 'Do not use it. Keep the box and vial: a doctor or the authority may need them.',
    reportLink: 'Report it to the authority where you live',
    relatedCases: 'Related cases',
    wordsHeading: "In the authority's words",
    wordsIntro: 'Copied word for word from the source, in the language it was published in, with our translation.',
    ourTranslation: 'Our translation:',
    writtenIn: (language: string) => `In ${language}`,
    authoritySpeaks: (authority: string, publisher: string) => `The words of ${authority}, as published by ${publisher}`,
    reporterSpeaks: (publisher: string) => `The words of ${publisher}, reporting the authority's decision; not the authority's own`,
    description: (title: string, status: string, type: string, authority: string, lots: string) =>
      `${title}: ${status.toLowerCase()} ${type.toLowerCase()} named by ${authority}${lots ? `, lot ${lots}` : ''}.`,
  },
  caseLabels: { eyebrow: 'Case', productsHeading: 'Products in this case' },
  riskLabels: { eyebrow: 'Risks and how to check' },
  lot: {
    eyebrow: 'Lot number',
    title: (lot: string) => `Lot ${lot}`,
    description: (lot: string, n: number, countries: string) =>
      `Lot ${lot} is named in ${n} ${n === 1 ? 'alert record' : 'alert records'} (${countries}). A listed lot is a warning sign, not proof.`,
    named: (n: number) => (n === 1 ? 'One record in the register names this lot' : `${n} records in the register name this lot`),
    printedAsIntro: 'printed as',
    foundIn: 'Found in:',
    printedAs: 'Printed as',
    expiry: 'expiry',
    notPublished: 'not published',
    authority: 'Authority',
    alert: 'Alert',
    listTitle: 'Lot numbers',
    listDescription: 'Every lot and batch number named in the register, each linking to every alert that names it, in every country.',
    listIntro:
      'Every lot or batch number named in the register. Each links to a page with every alert that names it, in every country. Spaces, hyphens and capitals are ignored:',
    listSame: 'are the same lot.',
    and: 'and',
    count: (n: number) => `${n} lot numbers.`,
    records: (n: number) => `(${n} records)`,
  },
  searchPage: {
    title: 'Search',
    description: 'Search the register of fake and illegal injectables, the cases and the risk guides by product name, alias or lot number.',
    inputLabel: 'Product name, other name or lot number',
    hint: 'For example: Botox, Dysport, 保妥适, or a lot number such as C3709C3. Spaces and capitals in lot numbers do not matter.',
    fallbackBefore: 'Search runs in your browser and needs JavaScript. Without it, you can still',
    browseRegister: 'browse the whole register',
    readCases: 'read the cases',
    readRisks: 'read the risk guides',
    or: 'or',
    notFound: 'Not found in the register',
    notSafe: 'This does not mean the product is safe.',
    notComplete: 'The register lists only products that an authority has named, and it is not complete.',
    coverageLink: 'What the register covers, and what it does not',
    holds: (records: number, authorities: number, countries: number) =>
      `We searched all ${records} records: alerts from ${authorities} authorities about products found in ${countries} countries.`,
    tipSpelling: 'Check the spelling, or try the brand name alone (for example “Botox”).',
    tipLot: 'For a lot number, type the letters and digits exactly as printed. Spaces and capitals do not matter.',
    tipBrowse: 'Browse the whole register',
    tipCheck: 'How to check a product',
    tipCheckAfter: 'with the maker or the regulator.',
  },
  notFoundPage: {
    title: 'Page not found',
    description: 'This page does not exist. Search the site or browse the register.',
    body: 'There is no page at this address. If you typed it, check the spelling. If you followed a link, the page may have moved: search for it below.',
    searchLabel: 'Search for a product, lot number or case',
    register: 'The register of fake and illegal products',
    cases: 'Cases',
    risks: 'Risks and how to check',
    danger: 'Feeling unwell after an injection? Danger signs and what to do',
  },
  casesIndex: {
    title: 'Cases',
    description:
      'Real enforcement cases involving counterfeit and illegal cosmetic injectables, each with key facts, a timeline and numbered sources.',
    intro:
      'Real cases where police or regulators found counterfeit or illegal cosmetic injectables. Each page gives the key facts, what happened, how the fakes were spotted, the harm, the outcome and what you can learn, with every fact linked to its source.',
    count: (n: number) => `${n} ${n === 1 ? 'case' : 'cases'}, newest first.`,
  },
  risksIndex: {
    title: 'Risks and how to check',
    description:
      'Plain-language guides to the risks of fake and unlicensed botulinum toxin and fillers: danger signs, what to do, how to check a product and an injector, and how to report.',
    intro:
      'Plain guides to what can go wrong with fake and unlicensed injectables, the danger signs, what to do, and how to check a product and the person injecting it.',
  },
  registerPage: {
    title: 'The register of fake and illegal products',
    description:
      'Every cosmetic injectable that a named authority called counterfeit, falsified, or unapproved and seized: names, lot numbers, packaging tells and the alert.',
    intro:
      "Every botulinum toxin, filler or other injectable in this register was named by an authority: as counterfeit or falsified, or as a product sold where it is not approved. Each record gives the name on the pack, lot numbers, packaging tells and the authority's alert, in the authority's own words.",
    methodologyLink: 'How the register works',
    lotsPrompt: 'Looking for a lot number?',
    lotsLink: 'All lot numbers',
    viewsLabel: 'Other ways to see the register',
    byBrand: 'By brand',
    byCountry: 'By country',
    byLot: 'By lot number',
    pageTitle: (page: number, pages: number) => `The register, page ${page} of ${pages}`,
    pageDescription: (first: number, last: number, total: number) =>
      `Records ${first} to ${last} of ${total} in the register of fake and illegal cosmetic injectables.`,
  },
  home: {
    description:
      "Check a cosmetic injectable against regulators' alerts on counterfeit and illegal botulinum toxin and fillers, and learn the danger signs.",
    heading: 'Is this injection product fake?',
    intro:
      'gathers what regulators and police have found about counterfeit and illegal botulinum toxin ("Botox") and fillers, with every fact linked to its source. Search a product name or lot number, learn the danger signs, and find out how to check a product and the person injecting it.',
    unwellHeading: 'Feeling unwell after an injection?',
    unwellSigns:
      'Trouble swallowing, speaking or breathing, drooping eyelids, blurred or double vision, or a change in your sight after a filler:',
    unwellAction: 'call your emergency number or go to an emergency department now.',
    dangerLink: 'Danger signs and what to do',
    checkHeading: 'Check a product',
    searchLabel: 'Product name or lot number (for example Botox, 保妥适 or C3709C3)',
    browseBefore: 'Or',
    browseLink: 'browse the whole register',
    records: (n: number) => `(${n} records).`,
    latestCases: 'Latest cases',
    allCases: 'All cases',
    latestRegister: 'Latest in the register',
    wholeRegister: 'The whole register',
    knowRisks: 'Know the risks',
    chartHeading: 'Alerts in the register, by year',
    mapHeading: 'Where they were found',
  },
  corrections: {
    title: 'Corrections',
    description: 'How Fake Injectables Watch corrects mistakes, and a log of every correction and update made to its pages.',
    policy: 'Our policy',
    rules: [
      'When we find a mistake, or someone shows us one with a source we can check, we correct the page.',
      'Every correction is shown on the page it changes, in “Changes to this page”, with its date and what changed. It is also listed below. We never change a fact silently.',
      'Pages keep their addresses. If a page must move or merge with another, its old address forwards to the new one.',
      "Earlier versions of every page stay in the site's public version history.",
    ],
    reportBefore: 'To report a mistake, see',
    reportLink: 'how to suggest a correction',
    correctionsHeading: 'Corrections',
    none: 'No corrections have been made yet.',
    updatesHeading: 'Other updates',
    noUpdates: 'No page has been updated since it was first published.',
    kinds: { case: 'case', product: 'register record', risk: 'explainer' },
  },
  dataPage: {
    title: 'Open data',
    description: 'Download the register, the lot numbers, the cases and the sources as JSON and CSV, with JSON Schemas. CC BY 4.0.',
    jsonLdDescription:
      'Counterfeit, falsified and unapproved cosmetic injectables named by authorities, with their lot numbers, enforcement cases and sources.',
    intro:
      'Everything the site publishes about products, lot numbers, cases and sources, as files for journalists and researchers. The files are built from the same records as the pages each time the site is published, so they always say what the pages say.',
    version: 'Version',
    lastChanged: 'Records last changed',
    built: 'files built',
    cautionLabel: 'Before you use the data',
    cautionStrong: 'A lot number in this data is a warning sign, not proof.',
    cautionBody:
      "Counterfeiters copy real lot numbers, and genuine and fake units have been found under the same lot. The register is not complete: a product or lot that is not here is not proof that it is genuine or safe. Each status is the authority's own word: “unapproved” products may be genuine products made for another market.",
    methodologyLink: 'How the register works',
    filesHeading: 'Files',
    size: (bytes: number) => (bytes < 1000 ? `${bytes} bytes` : `${(bytes / 1000).toFixed(bytes < 100_000 ? 1 : 0)} kB`),
    counted: (file: string, n: number) => {
      const nouns: Record<string, [string, string]> = {
        products: ['product record', 'product records'],
        lots: ['lot number', 'lot numbers'],
        brands: ['brand', 'brands'],
        cases: ['case', 'cases'],
        coverage: ['country', 'countries'],
        sources: ['source', 'sources'],
      };
      const [one, many] = nouns[file] ?? [file, file];
      return `${n} ${n === 1 ? one : many}`;
    },
    fileDescription: (_file: string, english: string) => english,
    jsonSchema: 'JSON Schema',
    licenceHeading: 'Licence',
    licenceName: 'Creative Commons Attribution 4.0 International',
    licenceBefore: 'Our text and data are licensed under',
    licenceAfter:
      'You may copy, share and adapt them for any purpose, including commercially, if you credit Fake Injectables Watch and link to this page. The sources belong to their publishers: the data names and links them, but their text, images and documents are not ours to licence.',
    citeHeading: 'How to cite the data',
    citeIntro: 'Give the version, so that others can find the exact data you used.',
    apa: 'APA (7th edition)',
    bibtex: 'BibTeX',
    bibtexNote: 'The BibTeX access date is the day these files were built: change it to the day you downloaded them.',
    fieldsHeading: 'What each file holds',
    fieldsIntro:
      "Every file is one JSON object: a few fields about the file, then its `records`. A missing value is `null`, never left out; lists may be empty. Dates we publish are `YYYY-MM-DD`. Dates as an authority or publisher printed them (“partial dates”) may be a year, a month or a day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A field inside a list is written `lots[].expiry`. Each file's JSON Schema (draft 2020-12) has the same fields, for validation.",
    everyFile: 'Every file',
    eachRecord: (file: string) => `${file}.json: each record`,
    showFields: (n: number) => `Show the ${n} fields`,
    fieldNote: (_group: string, _path: string, english: string) => english,
    typeName: (type: string) => type,
    values: 'Values:',
    csvHeading: 'products.csv',
    csvBody:
      "The same records as products.json, one row per product, with a header row of field names. Nested fields are flattened (`authorityName`, `alertDate`...), and lists in one cell are joined with “ | ”. The file is UTF-8 with a byte order mark, so spreadsheets show every script correctly, with CRLF line ends and quotes as in RFC 4180. A cell that would start with `=`, `+`, `-` or `@` begins with an apostrophe (`'`), so that no spreadsheet runs it as a formula. The JSON keeps every value exactly as published.",
    changesHeading: 'Data change log',
    changesIntro: 'The days on which records were first published or changed. What changed on each page is on that page and on the',
    correctionsLink: 'corrections page',
    change: (added: { products: number; cases: number }, updated: { products: number; cases: number }) => {
      const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
      const describe = (c: { products: number; cases: number }) =>
        [c.products && plural(c.products, 'register record', 'register records'), c.cases && plural(c.cases, 'case', 'cases')]
          .filter(Boolean)
          .join(' and ');
      return [describe(added) && `${describe(added)} published`, describe(updated) && `${describe(updated)} updated`]
        .filter(Boolean)
        .join('; ');
    },
    feedBefore: 'Updates also appear in the',
    feedLink: 'feed',
  },
  /** Pictures drawn at build time: the chart of alerts by year and the tile map of countries. */
  chart: {
    year: 'Year',
    total: 'Total',
    other: 'Other countries',
    tableCaption: (heading: string) => `${heading}: the numbers in the chart`,
    describe: (total: number, first: number, last: number, busiest: number, most: number) =>
      `Bar chart of ${total} ${total === 1 ? 'record' : 'records'} by the year of the alert, from ${first} to ${last}. The most were in ${busiest}: ${most}.`,
    undated: (n: number) =>
      `${n} ${n === 1 ? 'record has' : 'records have'} no date in the alert and ${n === 1 ? 'is' : 'are'} not in the chart.`,
  },
  map: {
    intro: (n: number) =>
      `Records from ${n} countries and territories, with the number from each. Choose a country to see what was found there.`,
    tile: (country: string, n: number) => `${country}: ${n} ${n === 1 ? 'record' : 'records'}`,
    records: (n: number) => `${n} ${n === 1 ? 'record' : 'records'}`,
  },
  brandsIndex: {
    title: 'Brands',
    description:
      'Every brand of botulinum toxin or filler named in the register: its fakes, its lots and where it was sold without approval, across every country.',
    intro:
      'Every brand that records in the register name, across all countries. A brand page shows who makes the genuine product, the fakes of it that authorities have found, and where it was sold without approval.',
    notFake:
      'A brand being listed here does not mean the brand is fake. Most of these are real medicines. The register names copies of them, and genuine products sold where they are not approved.',
    count: (n: number) => `${n} brands.`,
  },
  brandPage: {
    eyebrow: 'Brand',
    /** "fakes" only when an authority called some of its records counterfeit or falsified (or suspected them). */
    title: (brand: string, fakes: 'fake' | 'suspected' | 'none') =>
      fakes === 'fake'
        ? `${brand}: fakes, lots and alerts in every country`
        : fakes === 'suspected'
          ? `${brand}: suspected fakes and alerts in every country`
          : `${brand}: alerts in every country`,
    description: (brand: string, n: number, countries: number) =>
      `Every record of ${brand} in the register: ${n} ${n === 1 ? 'alert' : 'alerts'} from ${countries} ${countries === 1 ? 'country' : 'countries'}, with lot numbers, packaging tells and where it was sold without approval.`,
    lead: (brand: string, n: number, countries: number) =>
      `${n} ${n === 1 ? 'record' : 'records'} in the register name ${brand}, from ${countries} ${countries === 1 ? 'country' : 'countries'}.`,
    counts: (fakes: number, suspected: number, other: number) =>
      [
        fakes && `${fakes} counterfeit or falsified`,
        suspected && `${suspected} suspected counterfeit`,
        other && `${other} unapproved or from irregular supply`,
      ]
        .filter(Boolean)
        .join(', ') + '.',
    notFake: (brand: string) =>
      `Genuine ${brand} is a real product. A record here is about one product or lot that an authority named: it does not mean every ${brand} is fake. Only the records under “Counterfeit and falsified” are copies.`,
    makerHeading: 'The genuine product',
    maker: 'Made by',
    names: 'Other names',
    namesIntro: 'Names of the genuine product in other markets and scripts, as the sources give them.',
    genuine: 'What genuine packs hold',
    approvalsHeading: 'Where it is approved, and where it was sold without approval or outside the legal supply',
    approvalsIntro:
      '“Approved” where a source says so. The other rows are products, genuine or of unknown origin, that an authority said were sold without approval or outside the legal supply, in its own word. That is not the same as fake.',
    country: 'Country',
    whatSourcesSay: 'What the source says',
    by: 'Who says so',
    approved: 'Approved',
    noApprovals: 'We have no source yet for where the genuine product is approved.',
    fakesHeading: 'Counterfeit and falsified',
    suspectedHeading: 'Suspected counterfeit',
    otherHeading: 'Unapproved or irregular supply',
    otherIntro: 'An authority warned about these, but did not say they are copies.',
    lotsHeading: 'Lot numbers',
    lotsIntro: 'Every lot or batch number named in these records. Each lot page lists every alert that names it.',
    casesHeading: 'Cases',
    tellsHeading: 'How fakes of it were spotted',
    tellsIntro:
      'Packaging tells that authorities published for fakes of this brand. Each comes from one alert: check them against your own pack, but a pack that passes is not proof it is genuine.',
    tellFrom: 'From',
    chartHeading: 'Alerts by year and country',
    feed: (brand: string) => `Feed: new records of ${brand}`,
    feedTitle: (brand: string) => `${brand}: new and updated records`,
    allBrands: 'All brands',
  },
  countriesIndex: {
    title: 'Countries',
    description:
      'What authorities have found in each country: fake and illegal injectables, lot numbers and cases, with how to check and report there.',
    intro:
      'What has been found in each country or territory, and what a reader there can do: how to check a product and the person injecting it, and where to report.',
    count: (n: number) => `${n} countries and territories.`,
    country: 'Country',
    records: 'Records',
    lots: 'Lots',
    cases: 'Cases',
    latest: 'Latest alert',
    coverageLink: 'What the register covers, and what it does not',
  },
  countryPage: {
    eyebrow: 'Country',
    /** Says "fake" only where the register holds fakes (or suspected fakes) found there. */
    title: (country: string, found: 'fake' | 'other' | 'none') =>
      found === 'fake'
        ? `Fake and illegal injectables found in ${country}`
        : found === 'other'
          ? `Unapproved and illegal injectables found in ${country}`
          : `Injectables in ${country}: how to check and report`,
    description: (country: string, n: number, cases: number) =>
      `${n} ${n === 1 ? 'record' : 'records'} and ${cases} ${cases === 1 ? 'case' : 'cases'} from ${country}, with lot numbers, the authorities involved, and how to check and report there.`,
    lead: (records: number, lots: number, cases: number) =>
      `The register holds ${records} ${records === 1 ? 'record' : 'records'}, ${lots} ${lots === 1 ? 'lot number' : 'lot numbers'} and ${cases} ${cases === 1 ? 'case' : 'cases'} from here.`,
    noRecords: 'There are no register records from here yet.',
    forReaders: (country: string) => `If you are in ${country}`,
    checkProduct: 'Check a product',
    checkInjector: 'Check the person injecting you',
    report: 'Report a fake or a bad reaction',
    nothingYet: (country: string) => `We have no source yet for this in ${country}. Read the general guide:`,
    generalProduct: 'how to check a product',
    generalInjector: 'how to check an injector',
    generalReport: 'how to report',
    authorityChannel: (authority: string) => `${authority}:`,
    recordsHeading: 'Records, newest first',
    lotsHeading: 'Lot numbers',
    casesHeading: 'Cases',
    authoritiesHeading: 'Authorities involved',
    authority: 'Authority',
    records: 'Records',
    first: 'First alert',
    latest: 'Latest alert',
    brandsHeading: 'Brands named here',
    chartHeading: 'Alerts by year',
    coverageHeading: 'What the register covers here',
    coverageIntro: 'The register is not a full copy of any list. This is what we searched.',
    covered: 'Alerts in the register',
    searched: 'Lists we searched that gave little or nothing',
    gaps: 'Known gaps',
    noSearches: 'No searches without results are recorded for here.',
    feed: (country: string) => `Feed: new records from ${country}`,
    feedTitle: (country: string) => `${country}: new and updated records and cases`,
    allCountries: 'All countries',
  },
  coverage: {
    title: 'What the register covers',
    description:
      'Which authorities’ alerts the register holds, how many and from when; which lists were searched and gave nothing; and the known gaps.',
    intro:
      'The register holds alerts that our research found and checked against the source. It is not a full copy of any authority’s list. This page says what it holds, what we searched and did not find, and what we know is missing, so that “not in the register” is never read as “safe”.',
    coveredHeading: 'Authorities whose alerts are in the register',
    coveredIntro: (authorities: number, records: number) =>
      `${records} records from ${authorities} authorities. The dates are those of the alerts, not of our search.`,
    authority: 'Authority',
    country: 'Country',
    records: 'Records',
    first: 'First alert',
    latest: 'Latest alert',
    added: 'Last added',
    searchedHeading: 'Searched and not found',
    searchedIntro: 'Lists and authorities we searched for alerts on fake or illegal injectables that gave nothing we could use.',
    scope: 'What we searched',
    result: 'Result',
    nothing: 'Nothing usable',
    partly: 'Partly usable',
    gapsHeading: 'Known gaps',
    noSearches: 'No searches are recorded yet.',
    noGaps: 'No gaps are recorded yet.',
    dataBefore: 'The same facts as data:',
  },
  /** Words the browser scripts write, read from the page (data-strings) so no script ships a dictionary. */
  script: {
    searching: 'Searching…',
    searchFailed: 'Search could not run here. You can still browse the register.',
    resultsNone: 'No results for “{query}”.',
    resultsOne: '1 result for “{query}”.',
    resultsMany: '{n} results for “{query}”.',
    resultsMore: 'More than {n} results for “{query}”. The best {shown} are shown.',
    similar: 'Pages with similar words (not an exact match)',
    exactLot: 'Lot · exact match',
    lotTitle: 'Lot {lot}',
    lotNamedOne:
      'Named in 1 record of the register. A listed lot is a strong warning sign, not proof: counterfeiters copy real lot numbers.',
    lotNamedMany:
      'Named in {n} records of the register. A listed lot is a strong warning sign, not proof: counterfeiters copy real lot numbers.',
    otherLanguage: 'Found in the {language} edition',
    punct,
    filtering: 'Filtering…',
    filteredOne: '1 record matches these filters.',
    filteredMany: '{n} records match these filters.',
    filterFailed: 'Filtering could not run here. The full list is below.',
    cardType: 'Type',
    cardLot: 'Lot',
    cardLots: 'Lots',
    cardFoundIn: 'Found in',
    cardAlert: 'Alert',
    copied: 'Copied',
    selected: 'Selected',
    selectedHelp: 'Selected. Press Control+C, or Command+C on a Mac, to copy.',
    kindBrand: 'Brand',
    kindProduct: 'Product',
    kindCase: 'Case',
    matchedExact: 'Exact match',
    matchedVia: 'Exact match for another name of it: “{name}”',
    matchedPart:
      'Nothing in the register has exactly the name you typed. “{name}” matches part of it; the rest is not part of any name in the register.',
    matchedPartShort: 'Matches part of what you typed',
    matchedCorrected: 'Nothing in the register is called “{query}”. The closest name is “{name}”.',
    matchedClosest: 'Closest name to what you typed',
    closestFound: 'No exact match for “{query}”; the closest is shown first. Searching every page…',
    didYouMean: 'Did you mean “{name}”?',
    brandRecordsOne: '1 record in the register.',
    brandRecordsMany: '{n} records in the register.',
    brandFakesOne: 'An authority called 1 of them counterfeit or falsified.',
    brandFakesMany: 'Authorities called {n} of them counterfeit or falsified.',
    brandNoFakes: 'None of them was called counterfeit: see why each was named.',
    similarLotHeading: 'A similar lot number, not the one you typed',
    similarLotNote:
      'Lot {lot} is not in the register. The lot numbers below differ from it by one letter or digit. Check every character on your pack: counterfeiters copy real lot numbers, so a lot that is nearly right proves nothing either way.',
    exactFound: 'Exact match for “{query}”. Searching every page…',
    /** Suggestions under a search box (src/scripts/suggest-combobox.ts). */
    suggest: {
      /** The list's name, for screen readers. */
      label: 'Suggestions',
      /** Read with the search box by screen readers. */
      help: 'Suggestions appear as you type. Use the up and down arrow keys to choose one, and Enter to open it.',
      one: '1 suggestion.',
      many: '{n} suggestions.',
      none: 'No suggestions.',
      /** Several register records with the same name, shown as one suggestion that opens the search results. */
      records: '{n} records',
      kinds: { brand: kinds.brand, lot: kinds.lot, record: kinds.product, case: kinds.case },
    },
  },
} as const;

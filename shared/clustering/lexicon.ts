// The domain lexicon: concepts from the seven Handlungsfelder and their topics, written by the team
// (not learned from the labelled set). Each concept is a handful of normalised word stems
// (ä→ae, ö→oe, ü→ue, ß→ss, lower case). A stem matches at the start of a word or at the start of a
// compound part — never anywhere inside a word, so "rat" fires in "Integrationsrat" but not in
// "Beratung" or "Integration". Compound parts are found by splitting the word into known parts
// (all stems + MODIFIERS below) joined by German linking elements (Fugen-s, -n, -en, …).
//
// Stem syntax:  "sprach"  prefix of a word or compound part
//               "=job"    the whole word only (short stems that would over-fire as prefixes)
//               "^fest"   at word start only if written capitalised (noun "Fest", not adjective "feste")
import type { FieldKey } from '../domain/fields';

export interface Concept {
  key: string;
  /** German display name; not used for labels (labels come from the cards' own words) */
  name: string;
  field: FieldKey;
  /** relative weight in the concept vector; cross-cutting concepts get less */
  weight: number;
  /**
   * Broader topic the concept belongs to (issue #12.2): concepts of one topic are partly similar,
   * so a few sport or faith cards can join the room's Begegnung group instead of standing alone.
   */
  topic: string;
  /**
   * Room theme (round 3 of issue #12): the concepts a workshop wall usually keeps on one sheet —
   * Sport, Kultur, Religion with Begegnung (field 6: "encounters, festivals, … interreligious
   * dialogue"), Konflikt with Kommunikation (field 7), Personal with Verwaltung (field 2, the
   * administration's own opening). Concepts of one room theme share a dimension at `themeWeight`:
   * partly similar, so a few sport cards join the Begegnung group, while many sport cards, being
   * fully similar to each other, still form a tight group first. Default: the concept's own key.
   */
  theme?: string;
  stems: string[];
  /** substrings of a normalised word that veto this concept for that word */
  not?: string[];
}

export const CONCEPTS: readonly Concept[] = [
  // 1 Management und Steuerung
  { key: 'steuerung', name: 'Steuerung', field: 'management', weight: 1, topic: 'steuerung', stems: [
    'konzept', 'strategi', 'leitbild', 'leitlini', 'steuer', 'koordin', 'stabsstell', 'beauftragt', 'monitoring',
    'integrationsbericht', 'haushalt', 'budget', 'integrationszentr', 'zielvereinbar',
    'messbar', 'evaluation', 'evaluier', 'querschnitt', 'gremi', 'lenkungs', 'integrationsstell', 'fachstell',
    'integrationsplan', 'aktionsplan', 'verwaltungsspitze', 'gesamtkonzept', 'ressourc', 'foerdermittel', 'foerderprogramm',
    // issue #12 round 2, from the tuning2 set (room themes): networking and planning words
    'vernetz', 'massnahmenplan', 'indikator', 'sozialraum', 'zustaendig', 'chefsache', 'kooperation',
    // round 4, from the burnt old blind set and tuning2 (cooperation and overview words)
    'landkarte', 'fachtag', 'dienstweg', 'modellprojekt', 'chefetage',
    // exchange with neighbouring municipalities (domain.md: "Vernetzung mit anderen Kommunen"), not neighbours
    'nachbarkommun', 'nachbargemeind', 'interkommunal'],
    not: ['steuerber', 'steuererklaer'] },
  // 2 Interkulturelle Öffnung und Antirassismus
  { key: 'verwaltung', name: 'Verwaltung', field: 'oeffnung', weight: 1, topic: 'oeffnung', theme: 'verwaltung', stems: [
    'verwaltung', 'aemter', 'behoerd', 'buergeramt', 'buergerbuero', 'auslaenderbehoerd', 'auslaenderamt',
    'formular', 'bescheid', 'dienststell', 'mitarbeitend', 'amtsstub', 'rathaus', 'service', 'sachbearbeit', '=abh', 'amt', 'aemt', 'beschilder', 'terminvergab', 'wartebereich', 'standesamt'],
    not: ['amtsblatt', 'ehrenamt', 'hauptamt'] },
  { key: 'personal', name: 'Personal und Diversität', field: 'oeffnung', weight: 1, topic: 'oeffnung', theme: 'verwaltung', stems: [
    'personal', 'stellenausschreib', 'bewerb', 'einstellung', 'diversit', 'diversity', 'fortbild',
    'schulung', 'sensibilis', 'fuehrungskraeft', 'interkulturelle oeffnung',
    'charta', 'oeffnung', 'anonymis', 'mitarbeiter', 'kompetenz'],
    // asylum seekers are no job applicants; application training is for job seekers (Arbeit)
    not: ['asylbewerb', 'bewerbungstrain', 'bewerbungswerkst', 'bewerbungsmapp', 'bewerbungscoach'] },
  { key: 'antidiskriminierung', name: 'Antidiskriminierung', field: 'oeffnung', weight: 1, topic: 'oeffnung', stems: [
    'diskrimin', 'rassis', 'antirassis', 'beschwerd', 'meldestell', 'gleichbehandl', 'empowerment', 'vorfall',
    'vorfaell', 'ausgrenz', 'benachteilig', 'eccar', 'courage', 'vorurteil', 'antisemit', 'muslimfeind', 'ombuds', 'einlass', 'testing', 'tuerpolitik',
    // the nationwide school network against racism (a phrase ranks before its first word "Schule")
    'schule ohne rassismus', 'schulen ohne rassismus'] },
  // 3 Fairer Zugang und Teilhabechancen
  { key: 'sprache', name: 'Sprache', field: 'zugang', weight: 1, topic: 'lernen', stems: [
    'sprach', 'deutsch', 'integrationskurs', 'alphabetis', 'konversation', 'tandem', 'vorlese', 'lesepat',
    'muttersprach', 'herkunftssprach', '=daz', 'grammatik', 'wortschatz', 'language', '=vhs', 'volkshochschul', 'alpha', 'telc', '=kurs', '=kurse', '=a1', '=a2', '=b1', '=b2', '=c1', 'kursplatz', 'kursplaetz', 'kurszeit'],
    // "Deutschlandticket" is no German lesson
    not: ['mehrsprach', 'mitsprach', 'deutschland'] },
  { key: 'dolmetschen', name: 'Sprachmittlung', field: 'zugang', weight: 0.5, topic: 'lernen', stems: [
    'dolmetsch', 'uebersetz', 'mehrsprach', 'translat'] },
  { key: 'bildung', name: 'Bildung', field: 'zugang', weight: 1, topic: 'lernen', stems: [
    'schul', 'schuel', 'kita', 'kindergart', 'kindertages', 'bildung', 'hausaufgab', 'nachhilf', 'lernfoerd',
    'elternarbeit', 'elterncafe', 'mentor', 'unterricht', 'vorbereitungsklass', 'seiteneinsteig',
    'studier', 'hochschul', 'universit', 'lehrer', 'paedagog', 'klassen', 'ferienschul', 'familienzentr',
    'stadtteilmuett', 'school', 'lehrkraft', 'lehrkraeft', 'erzieh', 'ganztag', 'elternbegleit', 'elterngespraech'],
    not: ['schulung', 'schuld'] },
  { key: 'arbeit', name: 'Arbeit und Ausbildung', field: 'arbeit', weight: 1, topic: 'arbeit', stems: [
    '=arbeit', 'arbeitg', 'arbeitsm', 'arbeitsplatz', 'arbeitsagentur', 'arbeitsamt', 'arbeitnehm', 'arbeitsuch',
    'arbeitslos', 'arbeitsvermittl', 'job', 'beruf', 'ausbild', 'azubi', 'praktik', 'betrieb', 'unternehm', 'firma',
    'firmen', 'handwerk', '=ihk', '=hwk', 'kammer', 'fachkraeft', 'anerkennung', 'gruend',
    'wirtschaft', 'einstiegsqualifiz', 'qualifiz', 'beschaeftigung', 'erwerb', 'existenzgruend', 'selbststaendig',
    'gewerb', 'arbeitsmarkt', 'career', 'work', 'employ', 'integration point', 'anerkann', 'quereinst', 'schnupper', 'gastro', 'zeugnis', '^laden', 'laeden', '=lehre',
    'bewerbungstrain', 'bewerbungswerkst', 'bewerbungsmapp', 'bewerbungscoach'],
    // a Kleiderkammer is a donated-clothes room, no chamber of trade
    not: ['workshop', 'jobcenterunabh', 'kleiderkammer'] },
  { key: 'wohnen', name: 'Wohnen', field: 'zugang', weight: 1, topic: 'versorgung', stems: [
    'wohn', 'miet', 'vermiet', 'unterbring', 'unterkunft', 'unterkuenft', 'umzug', 'auszug', 'obdach',
    'wohnungsbau', 'immobili', 'housing', 'sammelunterk', 'gemeinschaftsunterk', 'genossenschaft', 'hausflur', 'hausordn', 'muelltrenn', 'quartiersmanag', 'durchmisch'],
    not: ['wohnort', 'bewohner', 'einwohner'] },
  { key: 'gesundheit', name: 'Gesundheit und Pflege', field: 'zugang', weight: 1, topic: 'versorgung', stems: [
    'gesund', 'arzt', 'aerzt', 'krankenh', 'kranken', 'pfleg', 'psych', 'trauma', 'therap', 'hebamm', 'impf',
    'medizin', 'klinik', 'sprechstund', 'senior', 'vorsorg', 'health', 'praxis', 'hospiz', 'sucht', 'selbsthilf', 'diabet'] },
  { key: 'sport', name: 'Sport', field: 'zugang', weight: 1, topic: 'begegnung', theme: 'begegnung', stems: [
    'sport', 'fussball', 'turn', 'schwimm', 'basketball', 'volleyball', 'fitness', 'boxen', 'box', 'uebungsleit',
    'lauftreff', 'bewegung', 'tanzen', 'kicker', 'soccer', 'cricket', 'schach', 'mannschaft', 'laufgrupp'],
    not: ['turnus'] },
  { key: 'kultur', name: 'Kultur', field: 'zugang', weight: 1, topic: 'begegnung', theme: 'begegnung', stems: [
    'kultur', 'theater', 'museum', 'musik', 'chor', '=film', 'filme', 'kino', 'kunst',
    'kuenst', 'ausstell', 'lesung', 'literatur', 'tanz', 'buehne', 'orchester', 'kulturpass', 'festival'],
    not: ['interkultur', 'kultursensib', 'kulturen'] },
  // Field 3 also names Transport and Sicherheit und Recht (added after issue #11.9, from the field
  // description alone; no labelled card is about them).
  { key: 'mobilitaet', name: 'Mobilität', field: 'zugang', weight: 1, topic: 'versorgung', stems: [
    'mobilitaet', 'oepnv', 'nahverkehr', 'verkehr', '=bus', 'busse', 'buslinie', 'ticket', 'fahrkart', 'fahrrad',
    'radfahr', 'fahrschul', '=fuehrerschein', 'mitfahr', 'carsharing', 'fahrplan', 'haltestell', 'buergerbus'] },
  { key: 'recht', name: 'Sicherheit und Recht', field: 'zugang', weight: 1, topic: 'recht', stems: [
    'sicherheit', 'polizei', 'polizist', 'ordnungsamt', 'kriminal', 'rechtsberat', 'rechtshilf', 'rechtsanw',
    'aufenthalt', 'einbuerger', 'staatsangehoer', 'gewaltschutz', 'frauenhaus', 'opferschutz', 'opferberat', 'justiz',
    'gericht', 'anwalt', 'anwaelt', 'duldung', 'bleiberecht', 'abschieb', '=rechte', '=rechten', 'asylrecht', 'gewalt'] },
  // 4 Arbeit und wirtschaftliche Entwicklung: see 'arbeit' above (shared with the topic in field 3)
  // 5 Engagement und Beteiligung
  { key: 'ehrenamt', name: 'Ehrenamt', field: 'engagement', weight: 1, topic: 'engagement', stems: [
    'ehrenamt', 'freiwillig', 'helfer', 'engagier', 'engagement', 'paten', 'patin', 'patensch',
    'buergerschaftl', 'unterstuetzerkreis', 'volunt', 'buddy', 'helferkreis', 'fahrdienst', 'helf', '=fsj', 'anpack', 'kuemmerer', 'initiativ', 'spend', 'feuerwehr', '=bfd', 'rentner'],
    not: ['hauptamt'] },
  { key: 'beteiligung', name: 'Beteiligung', field: 'engagement', weight: 1, topic: 'engagement', stems: [
    'beirat', 'integrationsrat', 'auslaenderbeirat', 'migrationsbeirat', 'beteilig', 'partizip',
    'mitsprach', 'migrantenorganis', 'selbstorganis', '=mso', 'dachverband', 'verein', 'wahl',
    'waehl', 'stimmrecht', 'antragsrecht', 'parlament', 'kandid', 'politisch', 'stadtteilkonferenz',
    'mitwirk', 'ratsmitglied', 'stadtrat', 'gemeinderat', 'teilhabe', 'participat', 'stadtraet', 'fraktion', 'demokrat', 'kommunalpolit', 'buergerhaushalt', 'buergerwerkstatt', 'elternrat', 'politik'],
    not: ['auswahl', 'sportverein', 'turnverein', 'kulturverein'] },
  // 6 Zusammenhalt und Begegnung
  { key: 'begegnung', name: 'Begegnung', field: 'zusammenhalt', weight: 1, topic: 'begegnung', theme: 'begegnung', stems: [
    'begegn', '^fest', 'nachbar', 'treff', 'kennenlern', 'kochen', 'garten', 'zusammenhalt', 'zusammenleb', 'miteinander', 'dinner', 'picknick', 'erzaehlcafe', 'quartierszentr',
    'stadtteilfest', 'strassenfest', 'stadtfest', 'interkulturelle woche', 'frauentreff',
    'spielplatz', 'community', 'encounter', 'koch', 'mehrgeneration', 'mittagstisch', 'fruehstueck', 'repair', 'naehcafe', 'spieleabend'],
    // neighbouring municipalities are Steuerung (exchange between towns), not neighbourhood life
    not: ['nachbarkommun', 'nachbargemeind'] },
  { key: 'religion', name: 'Religion', field: 'zusammenhalt', weight: 1, topic: 'begegnung', theme: 'begegnung', stems: [
    'relig', 'interrelig', 'moschee', 'kirch', 'synagog', 'glaub', 'islam', 'jued',
    'gebet', 'imam', 'pfarr', 'gottesdienst', 'ramadan', 'iftar', 'tempel', 'fastenbrech', 'weihnacht'] },
  { key: 'willkommen', name: 'Willkommen', field: 'zusammenhalt', weight: 1, topic: 'ankommen', stems: [
    'willkomm', 'welcome', 'begruess', 'neubuerger', 'neuzugezog', 'zugezog', 'erstorient',
    'orientierung', 'neuankoemml', 'stadtfuehr', 'einstiegsinfo', 'ankomm', 'ankunft', 'erstgespraech', 'migrationsberat', 'ansprechperson', 'ansprechpartn', 'fallmanag', 'integrationsmanag', 'infopunkt', 'broschuer', 'wegweiser', 'guide', 'clearing', 'migrationsdienst', 'rundgang', 'erstberat', 'aufnahme',
    // bare "Lotsen" guide newcomers; Sprach-, Bildungs-, Konfliktlotsen stay with their first part
    '=lotsen'] },
  // 7 Kommunikation und Konfliktmanagement
  { key: 'kommunikation', name: 'Kommunikation', field: 'kommunikation', weight: 1, topic: 'kommunikation', theme: 'kommunikation', stems: [
    'kommunik', 'oeffentlichkeitsarb', 'presse', 'amtsblatt', 'zeitung', 'medien', 'social', 'kampagn', 'website',
    'webseite', 'internet', 'geruecht', 'faktencheck', 'hassred', 'hetze', '=hate',
    'berichtet', 'berichte', 'flyer', 'newsletter', 'podcast', 'radio', 'plakat', 'instagram', 'facebook', 'media', 'hass',
    'desinform', 'shitstorm', 'argumentation', 'stammtischparol', 'parole', 'homepage', 'buergertelefon', 'buergerversammlung'] },
  { key: 'konflikt', name: 'Konfliktmanagement', field: 'kommunikation', weight: 1, topic: 'kommunikation', theme: 'kommunikation', stems: [
    'konflikt', 'streit', 'moderation', 'mediation', 'schlicht', 'deeskal', 'beschwerdemanag'] },
];

/**
 * Words that occur as the first part of compounds ("Stadt|teil", "Fremd|sprachen", "Haupt|amt").
 * They are not concepts; they only let the matcher see where a compound part starts.
 */
export const MODIFIERS: readonly string[] = `
stadt stadtteil quartier kinder kind jugend frauen frau maedchen eltern familien familie mutter muetter vater
haupt neu fremd mehr erst welt inter anti buerger integration migration migranten fluecht fluechtling gesundheit
sozial kultur berufs beruf arbeits lese lern gemeinde kreis land landes bundes staedte international begegnung
beratung bildung wohnung wohnungs willkommen sport schwimm fussball musik tanz theater abend sommer ferien jahres
monats wochen fach grund mittel ober hoch kommunal buergermeister online telefon video gemeinschaft selbst ehren
dach mitglied aktion projekt netzwerk programm kontakt melde beschwerde fortbildung personal verwaltung schul kita
alten pflege lotsen paten sprach deutsch job service info rat auslaender ausland herkunft nationen alltag zukunft
stellen sonder teil zentral einwohner mieter amts ortsteil dorf heimat erwachsenen schueler ausbildung praxis start
erfolg unterstuetzung ratsentscheid integrations migrations erwachsene senioren kinderbetreuung fach dolmetscher
spiel platz haus hausaufgaben unternehmer handwerks gruendungs wirtschafts antidiskriminierung diskriminierung
moschee kirchen frieden friedens freiwilligen stadtteil mitternachts helfer koordinations lern beteiligungs
`.split(/\s+/).filter(Boolean);

/** German linking elements (Fugen) and short endings that may follow a known part inside a compound. */
export const LINKS: readonly string[] = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ns', 'ens', 'ion', 'ions', 'ung', 'ungs', 'ts'];

import { catalog } from './define';

// Texts for zod's own issue codes (the schemas' built-in checks), so an invalid input reads in
// the user's language. Custom messages in schemas should be message ids of an area catalogue.
export const validation = catalog(
  {
    tooLongString: 'höchstens {maximum, plural, one {# Zeichen} other {# Zeichen}} erlaubt',
    tooShortString: '{minimum, plural, =1 {darf nicht leer sein} other {mindestens # Zeichen nötig}}',
    tooBigNumber: 'höchstens {maximum} erlaubt',
    tooSmallNumber: 'mindestens {minimum} nötig',
    tooManyItems: 'höchstens {maximum, plural, one {# Eintrag} other {# Einträge}} erlaubt',
    tooFewItems: 'mindestens {minimum, plural, one {# Eintrag} other {# Einträge}} nötig',
    invalidType: '{expected, select, string {Text} number {Zahl} boolean {Ja/Nein-Wert} object {Objekt} array {Liste} other {anderer Datentyp}} erwartet',
    invalidFormat: 'Format passt nicht ({format})',
    invalidValue: 'erlaubt sind: {values}',
    unrecognizedKeys: 'unbekanntes Feld: {keys}',
    notInteger: 'ganze Zahl erwartet',
    invalid: 'ungültiger Wert',
    titleRequired: 'Bitte geben Sie einen Titel ein',
    nameRequired: 'Bitte geben Sie einen Namen ein',
    clockTime: 'Uhrzeit im Format HH:MM, z. B. 14:00',
  },
  {
    tooLongString: 'at most {maximum, plural, one {# character} other {# characters}} allowed',
    tooShortString: '{minimum, plural, =1 {must not be empty} other {at least # characters needed}}',
    tooBigNumber: 'at most {maximum} allowed',
    tooSmallNumber: 'at least {minimum} needed',
    tooManyItems: 'at most {maximum, plural, one {# entry} other {# entries}} allowed',
    tooFewItems: 'at least {minimum, plural, one {# entry} other {# entries}} needed',
    invalidType: '{expected, select, string {text} number {number} boolean {yes/no value} object {object} array {list} other {another data type}} expected',
    invalidFormat: 'format does not match ({format})',
    invalidValue: 'allowed are: {values}',
    unrecognizedKeys: 'unknown field: {keys}',
    notInteger: 'whole number expected',
    invalid: 'invalid value',
    titleRequired: 'please enter a title',
    nameRequired: 'please enter a name',
    clockTime: 'time as HH:MM, e.g. 14:00',
  },
);

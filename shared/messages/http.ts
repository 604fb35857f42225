import { catalog } from './define';

// Browser-mode HTTP server: answers to requests it refuses. Short, because a person only sees
// them when something is badly wrong (or someone probes the port).
export const http = catalog(
  {
    badRequest: 'Ungültige Anfrage.',
    badTarget: 'Die angefragte Adresse ist ungültig.',
    targetTooLong: 'Die angefragte Adresse ist zu lang.',
    notFound: 'Nicht gefunden.',
    notBuilt: 'Die Oberfläche ist nicht gebaut. Bitte zuerst „npm run build“ ausführen.',
    methodNotAllowed: 'Diese Methode ist hier nicht erlaubt (erlaubt: {allow}).',
    foreignHost: 'Falscher Host: Bitte öffnen Sie die Adresse, die beim Start angezeigt wurde.',
    forbidden: 'Zugriff verweigert: Bitte öffnen Sie die Adresse, die beim Start angezeigt wurde.',
    tooLarge: 'Die Anfrage ist zu groß (höchstens {max} MB).',
    headersTooLarge: 'Die Kopfzeilen der Anfrage sind zu groß.',
    notJson: 'Die Anfrage ist kein gültiges JSON.',
    notUtf8: 'Die Anfrage ist nicht in UTF-8 kodiert.',
    tooDeep: 'Die Anfrage ist zu tief verschachtelt (höchstens {max} Ebenen).',
    badShape: 'Die Anfrage braucht ein JSON-Objekt mit „method“ (Text) und „input“.',
    timeout: 'Die Anfrage kam nicht rechtzeitig vollständig an.',
    internal: 'Interner Fehler beim Bearbeiten der Anfrage.',
  },
  {
    badRequest: 'Bad request.',
    badTarget: 'The requested address is invalid.',
    targetTooLong: 'The requested address is too long.',
    notFound: 'Not found.',
    notBuilt: 'The user interface is not built. Please run “npm run build” first.',
    methodNotAllowed: 'This method is not allowed here (allowed: {allow}).',
    foreignHost: 'Wrong host: please open the address shown at start-up.',
    forbidden: 'Access denied: please open the address shown at start-up.',
    tooLarge: 'The request is too large (at most {max} MB).',
    headersTooLarge: 'The request headers are too large.',
    notJson: 'The request is not valid JSON.',
    notUtf8: 'The request is not encoded in UTF-8.',
    tooDeep: 'The request is nested too deeply (at most {max} levels).',
    badShape: 'The request needs a JSON object with “method” (text) and “input”.',
    timeout: 'The request did not arrive completely in time.',
    internal: 'Internal error while handling the request.',
  },
);

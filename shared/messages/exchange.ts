import { catalog } from './define';

// Exchange packages and the programme view (issue #14, electron/core/exchange).
export const exchange = catalog(
  {
    notFound: '„{name}“ wurde nicht gefunden ({file}).',
    tooLarge: '„{name}“ ist mit {mb} MB zu groß für ein Austauschpaket (höchstens {maxMb} MB). Die Datei wurde nicht geöffnet.',
    notUtf8: '„{name}“ ist keine UTF-8-Textdatei und damit kein Austauschpaket. Die Datei wurde nicht geöffnet.',
    notJson: '„{name}“ ist kein gültiges JSON und damit kein Austauschpaket (beschädigt oder unvollständig?). Es wurde nichts übernommen.',
    notPackage: '„{name}“ ist kein Austauschpaket der Selbstcheck-Werkstatt. Es wurde nichts übernommen.',
    newerFormat:
      '„{name}“ wurde mit einer neueren Version der Selbstcheck-Werkstatt erstellt (Paketformat {fileVersion}, diese App kennt bis {appVersion}). Bitte aktualisieren Sie die App.',
    tampered:
      '„{name}“ wurde nach dem Erstellen verändert: Die Prüfsumme des Inhalts stimmt nicht. Das Paket wird nicht geöffnet; bitten Sie die Kommune um ein neues.',
    schema: '„{name}“ ist beschädigt: {path} ist ungültig ({detail}). Es wurde nichts übernommen.',
    readFailed: '„{name}“ konnte nicht gelesen werden ({detail}).',
    duplicate: '„{name}“ ist dasselbe Paket wie „{first}“ und wird nur einmal gezählt.',
    exists: '„{name}“ gibt es schon. Ein Austauschpaket überschreibt keine Datei; bitte wählen Sie einen anderen Namen.',
    writeFailed: '„{name}“ konnte nicht geschrieben werden ({detail}). Es wurde keine Datei angelegt.',
    dirNotFound: 'Den Ordner „{dir}“ gibt es nicht.',
    dirUnreadable: 'Der Ordner „{dir}“ kann nicht gelesen werden ({detail}). Bitte prüfen Sie die Zugriffsrechte.',
    tooManyFiles: 'Der Ordner „{dir}“ enthält {count} Pakete; die Programmansicht liest höchstens {max}.',
    sourceMissing: '„{path}“ gibt es nicht (Ordner verschoben oder USB-Stick nicht eingesteckt?). Bitte wählen Sie den Ordner oder die Paketdatei neu.',
    sourceUnreadable: '„{path}“ kann nicht gelesen werden ({detail}). Bitte prüfen Sie die Zugriffsrechte oder wählen Sie einen anderen Ordner.',
    tooManySources: 'Höchstens {max} Ordner oder Pakete lassen sich für die Anregungen laden.',
    suggestionGone:
      'Diese Anregung steht in keinem geladenen Paket mehr (Paket entfernt oder geändert). Bitte laden Sie die Anregungen neu; es wurde nichts übernommen.',
    alreadyAdopted: '„{title}“ aus {municipality} ist schon als nächster Schritt übernommen.',
  },
  {
    notFound: '“{name}” was not found ({file}).',
    tooLarge: '“{name}” is {mb} MB, too large for an exchange package (at most {maxMb} MB). The file was not opened.',
    notUtf8: '“{name}” is not a UTF-8 text file and so not an exchange package. The file was not opened.',
    notJson: '“{name}” is not valid JSON and so not an exchange package (damaged or incomplete?). Nothing was taken over.',
    notPackage: '“{name}” is not a Selbstcheck-Werkstatt exchange package. Nothing was taken over.',
    newerFormat:
      '“{name}” was made by a newer version of Selbstcheck-Werkstatt (package format {fileVersion}, this app knows up to {appVersion}). Please update the app.',
    tampered: '“{name}” was changed after it was made: the content checksum does not match. The package is not opened; ask the municipality for a new one.',
    schema: '“{name}” is damaged: {path} is invalid ({detail}). Nothing was taken over.',
    readFailed: '“{name}” could not be read ({detail}).',
    duplicate: '“{name}” is the same package as “{first}” and is counted once.',
    exists: '“{name}” already exists. An exchange package never overwrites a file; please choose another name.',
    writeFailed: '“{name}” could not be written ({detail}). No file was created.',
    dirNotFound: 'The folder “{dir}” does not exist.',
    dirUnreadable: 'The folder “{dir}” cannot be read ({detail}). Please check the access rights.',
    tooManyFiles: 'The folder “{dir}” holds {count} packages; the programme view reads at most {max}.',
    sourceMissing: '“{path}” does not exist (folder moved or USB stick not plugged in?). Please choose the folder or package file again.',
    sourceUnreadable: '“{path}” cannot be read ({detail}). Please check the access rights or choose another folder.',
    tooManySources: 'At most {max} folders or packages can be loaded for the suggestions.',
    suggestionGone: 'This suggestion is no longer in any loaded package (package removed or changed). Please reload the suggestions; nothing was adopted.',
    alreadyAdopted: '“{title}” from {municipality} has already been adopted as a next step.',
  },
);

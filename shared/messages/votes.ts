import { catalog } from './define';

// What the dot and criteria rules say when a count, a person or a criterion cannot be changed.
// {sector} is a sector key or "none"; the select keeps the sector's name in the sentence's language.
const SECTOR_DE =
  '{sector, select, verwaltung {im Bereich Verwaltung} politik {im Bereich Politik} zivilgesellschaft {im Bereich Zivilgesellschaft} wirtschaft {im Bereich Wirtschaft} sonstige {im Bereich Sonstige} other {ohne Bereichsangabe}}';
const SECTOR_NAME_DE =
  '{sector, select, verwaltung {Verwaltung} politik {Politik} zivilgesellschaft {Zivilgesellschaft} wirtschaft {Wirtschaft} sonstige {Sonstige} other {ohne Bereichsangabe}}';
const SECTOR_EN =
  '{sector, select, verwaltung {in Administration} politik {in Politics} zivilgesellschaft {in Civil society} wirtschaft {in Business} sonstige {in Other} other {without a sector}}';
const SECTOR_NAME_EN =
  '{sector, select, verwaltung {Administration} politik {Politics} zivilgesellschaft {Civil society} wirtschaft {Business} sonstige {Other} other {without a sector}}';

export const votes = catalog(
  {
    budgetBelowUsed:
      '„{label}“ hat schon {used, plural, one {# Punkt} other {# Punkte}} vergeben – mehr als {max}. Nehmen Sie zuerst Punkte weg oder wählen Sie eine höhere Zahl.',
    multipleAlreadyCast:
      '„{label}“ hat schon mehrere Punkte auf einen Schritt gesetzt. Nehmen Sie diese zuerst zurück, dann lässt sich die Regel „ein Punkt pro Schritt“ einschalten.',
    tallyChanged: `Die Punkte für „{idea}“ (${SECTOR_NAME_DE}) wurden inzwischen an anderer Stelle auf {current} geändert. Nichts wurde überschrieben – prüfen Sie den Wert und geben Sie ihn bei Bedarf neu ein.`,
    tallyBelowZero: `„{idea}“ hat ${SECTOR_DE} {current, plural, one {# Punkt} other {# Punkte}} – weniger als 0 geht nicht.`,
    tallyOverBudget: `{sector, select, none {In allen Bereichen zusammen} other {Im Bereich ${SECTOR_NAME_DE}}} sind {people, plural, one {# Person} other {# Personen}} mit je {dots, plural, one {# Punkt} other {# Punkten}} da – höchstens {max} Punkte. Mit dieser Eingabe wären es {after}. Bitte prüfen Sie die Strichliste oder die Anwesenheit.`,
    tallyOnePerPerson: `Pro Schritt ist nur ein Punkt je Person erlaubt: ${SECTOR_DE} höchstens {max, plural, one {# Punkt} other {# Punkte}} auf „{idea}“.`,
    participantNotFound: 'Die teilnehmende Person {id} gibt es nicht (mehr). Vielleicht wurde sie in einem anderen Fenster entfernt.',
    participantExists: 'Das Kürzel „{label}“ gibt es schon. Wählen Sie ein anderes (z. B. „{label} 2“).',
    nothingToTakeBack: '„{label}“ hat auf „{idea}“ keinen Punkt, der sich wegnehmen ließe.',
    budgetUsed: '„{label}“ hat schon {used} von {max} Punkten vergeben. Nehmen Sie zuerst einen Punkt woanders weg.',
    onePerPerson: 'Pro Schritt ist nur ein Punkt je Person erlaubt; „{label}“ hat „{idea}“ schon einen Punkt gegeben.',
    criterionNotFound: 'Das Kriterium {id} gibt es nicht (mehr). Vielleicht wurde es in einem anderen Fenster gelöscht.',
    criterionExists: 'Das Kriterium „{name}“ gibt es schon.',
  },
  {
    budgetBelowUsed: '“{label}” has already cast {used, plural, one {# dot} other {# dots}} – more than {max}. Take dots back first or choose a higher number.',
    multipleAlreadyCast: '“{label}” has already put several dots on one step. Take them back first; then the rule “one dot per step” can be switched on.',
    tallyChanged: `The dots for “{idea}” (${SECTOR_NAME_EN}) were changed elsewhere to {current} in the meantime. Nothing was overwritten – check the value and enter it again if needed.`,
    tallyBelowZero: `“{idea}” has {current, plural, one {# dot} other {# dots}} ${SECTOR_EN} – it cannot go below 0.`,
    tallyOverBudget: `{sector, select, none {Across all sectors} other {In ${SECTOR_NAME_EN}}} there are {people, plural, one {# person} other {# people}} with {dots, plural, one {# dot} other {# dots}} each – at most {max} dots. With this entry there would be {after}. Please check the tally sheet or the attendance.`,
    tallyOnePerPerson: `Only one dot per person on each step: ${SECTOR_EN} at most {max, plural, one {# dot} other {# dots}} on “{idea}”.`,
    participantNotFound: 'Participant {id} does not exist (any more). Perhaps they were removed in another window.',
    participantExists: 'The label “{label}” already exists. Choose another one (e.g. “{label} 2”).',
    nothingToTakeBack: '“{label}” has no dot on “{idea}” that could be taken back.',
    budgetUsed: '“{label}” has already cast {used} of {max} dots. Take a dot back somewhere else first.',
    onePerPerson: 'Only one dot per person on each step; “{label}” has already given “{idea}” a dot.',
    criterionNotFound: 'Criterion {id} does not exist (any more). Perhaps it was deleted in another window.',
    criterionExists: 'The criterion “{name}” already exists.',
  },
);

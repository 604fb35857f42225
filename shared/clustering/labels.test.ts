import { describe, expect, test } from 'vitest';
import { createEngine } from './index';

// Labels are read by forty people on the projector: they should name a theme, not quote
// a verb or an adjective that happened to open a sentence.
const label = (...texts: string[]) => createEngine().label(texts);

describe('labels read like themes', () => {
  test('verbs and adjectives do not lead a label', () => {
    expect(label('Lokalzeitung berichtet regelmäßig über gelungene Integrationsprojekte')).not.toMatch(/berichtet|gelungene/);
    expect(label('Kurze Wege zum Jobcenter, wenn es im Einzelfall hakt', 'Kurze Wege zwischen Verwaltung, Vereinen und Betrieben')).not.toMatch(/Kurze/);
    expect(label('Interkulturelle Woche mit Programm von über 30 Vereinen')).not.toMatch(/^Interkulturelle/);
    expect(label('Viele Menschen in der Stadt packen einfach mit an')).not.toMatch(/einfach/);
  });

  test('filler words such as "Jahren" stay out; nouns opening a sentence stay in', () => {
    expect(label('Freundeskreis Asyl seit fast zehn Jahren verlässlich aktiv')).not.toMatch(/Jahren/);
    expect(label('Fest der Kulturen auf dem Marktplatz', 'Fest der Nachbarschaft im Quartier')).toMatch(/Fest/);
  });
});

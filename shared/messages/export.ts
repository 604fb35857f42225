import { catalog } from './define';

// Exports (electron/core/export).
export const exportMessages = catalog(
  {
    tooLarge:
      'Der Export ist zu groß für den verfügbaren Speicher ({heapMb} MB) und wurde abgebrochen. Die Werkstatt läuft weiter. ' +
      'Exportieren Sie eine kleinere Auswahl oder kürzen Sie sehr lange Texte und Verlaufsnotizen.',
    workerFailed: 'Der Export wurde unerwartet beendet ({detail}). Bitte versuchen Sie es noch einmal.',
  },
  {
    tooLarge:
      'The export is too large for the available memory ({heapMb} MB) and was stopped. The Werkstatt keeps running. ' +
      'Export a smaller selection or shorten very long texts and progress notes.',
    workerFailed: 'The export stopped unexpectedly ({detail}). Please try again.',
  },
);

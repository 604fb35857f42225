// PDF via pdfkit: a document a municipality can publish. Split by job:
//   pdf/fonts.ts        font roles, files (found by ./resources.ts), fallback chain
//   pdf/text-layout.ts  line breaking with hyphenation and font fallback (linear in the text)
//   pdf/pages.ts        page geometry, colours, paragraphs, headings, tables
//   pdf/sections.ts     cover, profile, strengths, next steps, run of show, plan, log, footers
import type { ExportModel } from './model';
import { exportText } from './strings';
import { boundedModel } from './sanitize';
import { loadFonts, type FontSources } from './pdf/fonts';
import { Writer } from './pdf/pages';
import { actionPlan, agenda, closing, cover, footers, ideas, profile, strengths, updates } from './pdf/sections';

export interface PdfOptions {
  /** Override font files (path or bytes), e.g. when the app is bundled and node_modules moves. */
  fonts?: FontSources;
}

export async function exportPdf(input: ExportModel, options: PdfOptions = {}): Promise<Uint8Array> {
  const model = boundedModel(input);
  const w = new Writer(model, exportText(model.locale), loadFonts(options.fonts));
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    w.doc.on('data', (c: Buffer) => chunks.push(c));
    w.doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    w.doc.on('error', reject);
  });
  cover(w);
  w.newPage(false);
  profile(w);
  strengths(w);
  ideas(w);
  agenda(w);
  actionPlan(w);
  updates(w);
  closing(w);
  footers(w);
  w.compactPage();
  w.doc.end();
  return done;
}

import { exportWorkshop } from '../export/workshop-export';
import type { AreaHandlers, MethodsOf, ServiceContext } from './types';

export function exportHandlers(s: ServiceContext): AreaHandlers<MethodsOf<'export'>> {
  return {
    // Reads only: allowed at any moment, from any phase, and never an undo step.
    'export.render': async (i) => {
      const out = await exportWorkshop(s.db(), i.format, { locale: i.locale });
      return { fileName: out.fileName, mime: out.mime, base64: Buffer.from(out.bytes).toString('base64'), bytes: out.bytes.length };
    },
  };
}

import { describe, expect, it } from 'vitest';
import { officeOnly } from './people';

describe('officeOnly', () => {
  it('drops a person in brackets and keeps the office', () => {
    expect(officeOnly('Integrationsbeauftragte (Dilara Sommerfeld)')).toBe('Integrationsbeauftragte');
    expect(officeOnly('Wirtschaftsförderung (Jonas Brettschneider), Jobcenter (Frau K.)')).toBe('Wirtschaftsförderung, Jobcenter');
    expect(officeOnly('Personalamt, Ausbildungsleitung')).toBe('Personalamt, Ausbildungsleitung');
  });
  it('is null for nothing left', () => {
    expect(officeOnly('(Herr M.)')).toBeNull();
    expect(officeOnly(null)).toBeNull();
    expect(officeOnly('')).toBeNull();
  });
});

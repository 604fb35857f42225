// What the app's clustering engines get from resources/: noun base forms for labels and the theme
// model for similarity. Both are read once per process; either may be missing (then not used).
import type { EngineOptions } from '../../../shared/clustering';
import { nounLemmas } from './lemmas';
import { themeModel } from './theme-model';

export function engineResources(): Pick<EngineOptions, 'lemmas' | 'themeModel'> {
  return { lemmas: nounLemmas(), themeModel: themeModel() };
}

// Quality floors on the blind held-out sets (issues #11.9, #12.1). Each set was written by someone
// who never saw the lexicon, the engine or the theme model's training data (docs/clustering.md).
// The floors are the figures measured with the current engine, minus a small margin, so a change
// that degrades clustering fails here. Raise them when the engine improves for reasons found on the
// TUNING data; never tune on blind51–blind74 (the next engine round needs fresh sets).
//
// With the theme model (as the app runs): blind69–blind74 and blind63–blind68, the fresh sets of rounds
// 16 and 15 (labels only changed, frozen at d0fc024 and f9747dd), and blind57–blind62, round 14's
// (165f4cf), copied in unopened and scored once;
// blind51–blind56, round 13's (769bf51), measured again with the round-14 engine (second-order
// similarity). The model trained on blind3–blind50.
//
// Without the model (the engine as it runs when resources/clustering is missing; round 5): the
// older sets. They are the model's training data (blind3–blind6 since round 6, blind7–blind14 since
// round 7, blind15–blind20 since round 8, blind21–blind26 since round 9, blind27–blind32 since round
// 10, blind33–blind50 since round 13), so with the model they would only show that it learned
// them — cross-room figures for them come from bench/theme-model-loso.ts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BLIND10_PATH,
  BLIND11_PATH,
  BLIND12_PATH,
  BLIND13_PATH,
  BLIND14_PATH,
  BLIND15_PATH,
  BLIND16_PATH,
  BLIND17_PATH,
  BLIND18_PATH,
  BLIND19_PATH,
  BLIND20_PATH,
  BLIND21_PATH,
  BLIND22_PATH,
  BLIND23_PATH,
  BLIND24_PATH,
  BLIND25_PATH,
  BLIND26_PATH,
  BLIND27_PATH,
  BLIND28_PATH,
  BLIND29_PATH,
  BLIND30_PATH,
  BLIND31_PATH,
  BLIND32_PATH,
  BLIND33_PATH,
  BLIND34_PATH,
  BLIND35_PATH,
  BLIND36_PATH,
  BLIND37_PATH,
  BLIND38_PATH,
  BLIND39_PATH,
  BLIND40_PATH,
  BLIND41_PATH,
  BLIND42_PATH,
  BLIND43_PATH,
  BLIND44_PATH,
  BLIND45_PATH,
  BLIND46_PATH,
  BLIND47_PATH,
  BLIND48_PATH,
  BLIND49_PATH,
  BLIND50_PATH,
  BLIND51_PATH,
  BLIND52_PATH,
  BLIND53_PATH,
  BLIND54_PATH,
  BLIND55_PATH,
  BLIND56_PATH,
  BLIND57_PATH,
  BLIND58_PATH,
  BLIND59_PATH,
  BLIND60_PATH,
  BLIND61_PATH,
  BLIND62_PATH,
  BLIND63_PATH,
  BLIND64_PATH,
  BLIND65_PATH,
  BLIND66_PATH,
  BLIND67_PATH,
  BLIND68_PATH,
  BLIND69_PATH,
  BLIND70_PATH,
  BLIND71_PATH,
  BLIND72_PATH,
  BLIND73_PATH,
  BLIND74_PATH,
  BLIND3_PATH,
  BLIND4_PATH,
  BLIND5_PATH,
  BLIND6_PATH,
  BLIND7_PATH,
  BLIND8_PATH,
  BLIND9_PATH,
  BLIND_PATH,
  BLIND_SETS,
  parseSecondSort,
  parseThemed,
  secondSortPath,
} from './data';
import { evalEngine, evalLive } from './harness';
import { perturbItems } from './perturb';
import { scoreAll } from '../metrics';
import type { ThemeModel } from '../model';

const load = (p: string) => parseThemed(readFileSync(join(__dirname, '..', '..', '..', p), 'utf8'));

const themeModel = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'resources/clustering/theme-model.json'), 'utf8')) as ThemeModel;

// Full: clusterAll on all cards in file order; live: 10 seeded arrival orders. With the model: the
// shipped model of round 14 (trained on the same rooms as round 13's). Without: the engine of a30eb16 (round 5). Earlier figures: docs/clustering.md.
const SETS = [
  {
    name: 'blind69 (theme model)',
    path: BLIND69_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.497, ami: 0.597, corr: 28.1 },
    live: { ari: 0.463, ami: 0.59, corr: 33.4 },
  },
  {
    name: 'blind70 (theme model)',
    path: BLIND70_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.345, ami: 0.44, corr: 41.9 },
    live: { ari: 0.342, ami: 0.432, corr: 42.8 },
  },
  {
    name: 'blind71 (theme model)',
    path: BLIND71_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.319, ami: 0.449, corr: 41.9 },
    live: { ari: 0.298, ami: 0.425, corr: 43.5 },
  },
  {
    name: 'blind72 (theme model)',
    path: BLIND72_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.43, ami: 0.529, corr: 34.6 },
    live: { ari: 0.442, ami: 0.536, corr: 34.2 },
  },
  {
    name: 'blind73 (theme model)',
    path: BLIND73_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.453, ami: 0.538, corr: 35.4 },
    live: { ari: 0.434, ami: 0.52, corr: 37 },
  },
  {
    name: 'blind74 (theme model)',
    path: BLIND74_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.57, ami: 0.673, corr: 24.6 },
    live: { ari: 0.553, ami: 0.667, corr: 26.1 },
  },
  {
    name: 'blind63 (theme model)',
    path: BLIND63_PATH,
    model: true,
    cards: 260,
    themes: 15,
    full: { ari: 0.433, ami: 0.553, corr: 34.2 },
    live: { ari: 0.436, ami: 0.561, corr: 34.8 },
  },
  {
    name: 'blind64 (theme model)',
    path: BLIND64_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.382, ami: 0.522, corr: 39.2 },
    live: { ari: 0.365, ami: 0.506, corr: 40 },
  },
  {
    name: 'blind65 (theme model)',
    path: BLIND65_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.561, ami: 0.619, corr: 27.3 },
    live: { ari: 0.552, ami: 0.612, corr: 27.4 },
  },
  {
    name: 'blind66 (theme model)',
    path: BLIND66_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.356, ami: 0.494, corr: 38.8 },
    live: { ari: 0.337, ami: 0.471, corr: 40.6 },
  },
  {
    name: 'blind67 (theme model)',
    path: BLIND67_PATH,
    model: true,
    cards: 260,
    themes: 13,
    full: { ari: 0.483, ami: 0.546, corr: 31.2 },
    live: { ari: 0.455, ami: 0.526, corr: 34 },
  },
  {
    name: 'blind68 (theme model)',
    path: BLIND68_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.497, ami: 0.574, corr: 32.7 },
    live: { ari: 0.491, ami: 0.57, corr: 33.5 },
  },
  {
    name: 'blind57 (theme model)',
    path: BLIND57_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.434, ami: 0.545, corr: 35 },
    live: { ari: 0.431, ami: 0.539, corr: 35.7 },
  },
  {
    name: 'blind58 (theme model)',
    path: BLIND58_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.393, ami: 0.529, corr: 36.5 },
    live: { ari: 0.361, ami: 0.494, corr: 43.2 },
  },
  {
    name: 'blind59 (theme model)',
    path: BLIND59_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.254, ami: 0.394, corr: 49.2 },
    live: { ari: 0.25, ami: 0.394, corr: 49.2 },
  },
  {
    name: 'blind60 (theme model)',
    path: BLIND60_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.485, ami: 0.57, corr: 31.2 },
    live: { ari: 0.471, ami: 0.558, corr: 32 },
  },
  {
    name: 'blind61 (theme model)',
    path: BLIND61_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.51, ami: 0.617, corr: 30 },
    live: { ari: 0.488, ami: 0.591, corr: 31.3 },
  },
  {
    name: 'blind62 (theme model)',
    path: BLIND62_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.47, ami: 0.551, corr: 30.8 },
    live: { ari: 0.448, ami: 0.534, corr: 32.5 },
  },
  {
    name: 'blind51 (theme model)',
    path: BLIND51_PATH,
    model: true,
    cards: 260,
    themes: 15,
    full: { ari: 0.55, ami: 0.619, corr: 27.7 },
    live: { ari: 0.541, ami: 0.619, corr: 27.9 },
  },
  {
    name: 'blind52 (theme model)',
    path: BLIND52_PATH,
    model: true,
    cards: 260,
    themes: 15,
    full: { ari: 0.474, ami: 0.553, corr: 32.7 },
    live: { ari: 0.415, ami: 0.506, corr: 37.7 },
  },
  {
    name: 'blind53 (theme model)',
    path: BLIND53_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.461, ami: 0.544, corr: 33.1 },
    live: { ari: 0.438, ami: 0.523, corr: 35.1 },
  },
  {
    name: 'blind54 (theme model)',
    path: BLIND54_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.388, ami: 0.529, corr: 35 },
    live: { ari: 0.371, ami: 0.508, corr: 36.8 },
  },
  {
    name: 'blind55 (theme model)',
    path: BLIND55_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.576, ami: 0.608, corr: 27.3 },
    live: { ari: 0.565, ami: 0.597, corr: 28.7 },
  },
  {
    name: 'blind56 (theme model)',
    path: BLIND56_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.327, ami: 0.464, corr: 42.3 },
    live: { ari: 0.335, ami: 0.465, corr: 43 },
  },
  {
    name: 'blind27 (no model)',
    path: BLIND27_PATH,
    model: false,
    cards: 260,
    themes: 15,
    full: { ari: 0.195, ami: 0.293, corr: 60 },
    live: { ari: 0.185, ami: 0.309, corr: 60 },
  },
  {
    name: 'blind28 (no model)',
    path: BLIND28_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.262, ami: 0.356, corr: 52.3 },
    live: { ari: 0.231, ami: 0.331, corr: 56 },
  },
  {
    name: 'blind29 (no model)',
    path: BLIND29_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.382, ami: 0.494, corr: 37.7 },
    live: { ari: 0.383, ami: 0.486, corr: 39 },
  },
  {
    name: 'blind30 (no model)',
    path: BLIND30_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.213, ami: 0.334, corr: 53.1 },
    live: { ari: 0.217, ami: 0.344, corr: 54.5 },
  },
  {
    name: 'blind31 (no model)',
    path: BLIND31_PATH,
    model: false,
    cards: 260,
    themes: 15,
    full: { ari: 0.268, ami: 0.382, corr: 49.6 },
    live: { ari: 0.264, ami: 0.388, corr: 50.4 },
  },
  {
    name: 'blind32 (no model)',
    path: BLIND32_PATH,
    model: false,
    cards: 260,
    themes: 13,
    full: { ari: 0.249, ami: 0.353, corr: 47.7 },
    live: { ari: 0.238, ami: 0.345, corr: 49 },
  },
  {
    name: 'blind21 (no model)',
    path: BLIND21_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.315, ami: 0.407, corr: 42.7 },
    live: { ari: 0.28, ami: 0.389, corr: 47.5 },
  },
  {
    name: 'blind22 (no model)',
    path: BLIND22_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.302, ami: 0.4, corr: 51.9 },
    live: { ari: 0.305, ami: 0.419, corr: 52.8 },
  },
  {
    name: 'blind23 (no model)',
    path: BLIND23_PATH,
    model: false,
    cards: 260,
    themes: 15,
    full: { ari: 0.389, ami: 0.458, corr: 43.1 },
    live: { ari: 0.399, ami: 0.471, corr: 43.2 },
  },
  {
    name: 'blind24 (no model)',
    path: BLIND24_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.327, ami: 0.441, corr: 45.4 },
    live: { ari: 0.321, ami: 0.426, corr: 45.7 },
  },
  {
    name: 'blind25 (no model)',
    path: BLIND25_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.41, ami: 0.492, corr: 40.8 },
    live: { ari: 0.43, ami: 0.52, corr: 39.9 },
  },
  {
    name: 'blind26 (no model)',
    path: BLIND26_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.276, ami: 0.371, corr: 50 },
    live: { ari: 0.313, ami: 0.403, corr: 47.6 },
  },
  {
    name: 'blind15 (no model)',
    path: BLIND15_PATH,
    model: false,
    cards: 260,
    themes: 15,
    full: { ari: 0.306, ami: 0.404, corr: 46.5 },
    live: { ari: 0.267, ami: 0.377, corr: 49.5 },
  },
  {
    name: 'blind16 (no model)',
    path: BLIND16_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.294, ami: 0.37, corr: 49.6 },
    live: { ari: 0.286, ami: 0.356, corr: 52.1 },
  },
  {
    name: 'blind17 (no model)',
    path: BLIND17_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.295, ami: 0.407, corr: 49.6 },
    live: { ari: 0.313, ami: 0.417, corr: 48.0 },
  },
  {
    name: 'blind18 (no model)',
    path: BLIND18_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.183, ami: 0.323, corr: 57.3 },
    live: { ari: 0.191, ami: 0.333, corr: 56.3 },
  },
  {
    name: 'blind19 (no model)',
    path: BLIND19_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.337, ami: 0.451, corr: 44.2 },
    live: { ari: 0.325, ami: 0.462, corr: 45.9 },
  },
  {
    name: 'blind20 (no model)',
    path: BLIND20_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.239, ami: 0.383, corr: 50.8 },
    live: { ari: 0.247, ami: 0.38, corr: 50.3 },
  },
  {
    name: 'blind7 (no model)',
    path: BLIND7_PATH,
    model: false,
    cards: 260,
    themes: 15,
    full: { ari: 0.303, ami: 0.42, corr: 44.2 },
    live: { ari: 0.31, ami: 0.422, corr: 43.8 },
  },
  {
    name: 'blind8 (no model)',
    path: BLIND8_PATH,
    model: false,
    cards: 260,
    themes: 15,
    full: { ari: 0.33, ami: 0.451, corr: 43.8 },
    live: { ari: 0.347, ami: 0.454, corr: 44.2 },
  },
  {
    name: 'blind9 (no model)',
    path: BLIND9_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.351, ami: 0.421, corr: 42.7 },
    live: { ari: 0.332, ami: 0.426, corr: 45.3 },
  },
  {
    name: 'blind10 (no model)',
    path: BLIND10_PATH,
    model: false,
    cards: 260,
    themes: 15,
    full: { ari: 0.38, ami: 0.439, corr: 45.4 },
    live: { ari: 0.394, ami: 0.455, corr: 44.0 },
  },
  {
    name: 'blind11 (no model)',
    path: BLIND11_PATH,
    model: false,
    cards: 260,
    themes: 15,
    full: { ari: 0.342, ami: 0.439, corr: 43.5 },
    live: { ari: 0.332, ami: 0.457, corr: 45.8 },
  },
  {
    name: 'blind12 (no model)',
    path: BLIND12_PATH,
    model: false,
    cards: 260,
    themes: 15,
    full: { ari: 0.411, ami: 0.488, corr: 38.8 },
    live: { ari: 0.386, ami: 0.477, corr: 42.4 },
  },
  {
    name: 'blind13 (no model)',
    path: BLIND13_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.316, ami: 0.423, corr: 45.0 },
    live: { ari: 0.313, ami: 0.426, corr: 46.9 },
  },
  {
    name: 'blind14 (no model)',
    path: BLIND14_PATH,
    model: false,
    cards: 260,
    themes: 15,
    full: { ari: 0.296, ami: 0.389, corr: 46.2 },
    live: { ari: 0.315, ami: 0.405, corr: 47.1 },
  },
  {
    name: 'blind5 (no model)',
    path: BLIND5_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.392, ami: 0.484, corr: 37.7 },
    live: { ari: 0.437, ami: 0.502, corr: 36.9 },
  },
  {
    name: 'blind6 (no model)',
    path: BLIND6_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.404, ami: 0.488, corr: 40.4 },
    live: { ari: 0.406, ami: 0.501, corr: 40.1 },
  },
  {
    name: 'blind4 (no model)',
    path: BLIND4_PATH,
    model: false,
    cards: 260,
    themes: 15,
    full: { ari: 0.516, ami: 0.586, corr: 30.0 },
    live: { ari: 0.557, ami: 0.599, corr: 30.0 },
  },
  {
    name: 'blind3 (no model)',
    path: BLIND3_PATH,
    model: false,
    cards: 264,
    themes: 15,
    // round 11: club letters ("TSV") name sport now; three TSV cards tip the size-dependent threshold
    // and the 44-card Begegnung group of sort again stays two groups (28 + 17): ARI 0.642 → 0.559,
    // corrections 26.1 → 26.9 (one merge). Live is unchanged within the margin.
    full: { ari: 0.559, ami: 0.624, corr: 26.9 },
    live: { ari: 0.625, ami: 0.646, corr: 26.3 },
  },
  {
    name: 'old blind set (no model)',
    path: BLIND_PATH,
    model: false,
    cards: 233,
    themes: 14,
    full: { ari: 0.783, ami: 0.813, corr: 12.4 },
    live: { ari: 0.788, ami: 0.82, corr: 12.7 },
  },
  {
    name: 'blind33 (no model)',
    path: BLIND33_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.33, ami: 0.421, corr: 44.6 },
    live: { ari: 0.294, ami: 0.4, corr: 49.3 },
  },
  {
    name: 'blind34 (no model)',
    path: BLIND34_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.215, ami: 0.329, corr: 51.9 },
    live: { ari: 0.181, ami: 0.296, corr: 57.9 },
  },
  {
    name: 'blind35 (no model)',
    path: BLIND35_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.198, ami: 0.3, corr: 54.6 },
    live: { ari: 0.212, ami: 0.319, corr: 53.1 },
  },
  {
    name: 'blind36 (no model)',
    path: BLIND36_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.376, ami: 0.471, corr: 40.8 },
    live: { ari: 0.39, ami: 0.483, corr: 40.3 },
  },
  {
    name: 'blind37 (no model)',
    path: BLIND37_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.241, ami: 0.348, corr: 55 },
    live: { ari: 0.271, ami: 0.374, corr: 52.9 },
  },
  {
    name: 'blind38 (no model)',
    path: BLIND38_PATH,
    model: false,
    cards: 260,
    themes: 15,
    full: { ari: 0.175, ami: 0.282, corr: 60.4 },
    live: { ari: 0.185, ami: 0.295, corr: 61.1 },
  },
  {
    name: 'blind39 (no model)',
    path: BLIND39_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.218, ami: 0.32, corr: 55.8 },
    live: { ari: 0.203, ami: 0.326, corr: 57.6 },
  },
  {
    name: 'blind40 (no model)',
    path: BLIND40_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.291, ami: 0.391, corr: 46.5 },
    live: { ari: 0.275, ami: 0.37, corr: 49.3 },
  },
  {
    name: 'blind41 (no model)',
    path: BLIND41_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.305, ami: 0.414, corr: 46.9 },
    live: { ari: 0.301, ami: 0.428, corr: 47.7 },
  },
  {
    name: 'blind42 (no model)',
    path: BLIND42_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.349, ami: 0.47, corr: 45.8 },
    live: { ari: 0.347, ami: 0.47, corr: 46.2 },
  },
  {
    name: 'blind43 (no model)',
    path: BLIND43_PATH,
    model: false,
    cards: 260,
    themes: 15,
    full: { ari: 0.383, ami: 0.448, corr: 41.9 },
    live: { ari: 0.322, ami: 0.407, corr: 48.2 },
  },
  {
    name: 'blind44 (no model)',
    path: BLIND44_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.385, ami: 0.48, corr: 40.8 },
    live: { ari: 0.365, ami: 0.459, corr: 42.9 },
  },
  {
    name: 'blind45 (no model)',
    path: BLIND45_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.351, ami: 0.419, corr: 46.5 },
    live: { ari: 0.31, ami: 0.411, corr: 49.4 },
  },
  {
    name: 'blind46 (no model)',
    path: BLIND46_PATH,
    model: false,
    cards: 260,
    themes: 15,
    full: { ari: 0.334, ami: 0.445, corr: 44.6 },
    live: { ari: 0.334, ami: 0.448, corr: 44.8 },
  },
  {
    name: 'blind47 (no model)',
    path: BLIND47_PATH,
    model: false,
    cards: 260,
    themes: 15,
    full: { ari: 0.241, ami: 0.331, corr: 54.2 },
    live: { ari: 0.229, ami: 0.319, corr: 54.3 },
  },
  {
    name: 'blind48 (no model)',
    path: BLIND48_PATH,
    model: false,
    cards: 260,
    themes: 15,
    full: { ari: 0.387, ami: 0.482, corr: 39.6 },
    live: { ari: 0.401, ami: 0.503, corr: 38.7 },
  },
  {
    name: 'blind49 (no model)',
    path: BLIND49_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.403, ami: 0.514, corr: 36.5 },
    live: { ari: 0.404, ami: 0.522, corr: 39.5 },
  },
  {
    name: 'blind50 (no model)',
    path: BLIND50_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.215, ami: 0.318, corr: 57.7 },
    live: { ari: 0.198, ami: 0.321, corr: 59.7 },
  },
] as const;
const MARGIN = 0.03; // ARI/AMI
const CORR_MARGIN = 3; // corrections per 100 cards

describe.each(SETS)('$name: quality floor', (set) => {
  const items = load(set.path);
  const truth = items.map((i) => i.theme);

  it('is the set described in docs/clustering.md', () => {
    expect(items).toHaveLength(set.cards);
    expect(new Set(truth).size).toBe(set.themes);
  });

  it('degenerate answers score about 0 on it (one big cluster, every card alone)', () => {
    const one = scoreAll(
      truth,
      truth.map(() => 0),
    );
    const alone = scoreAll(
      truth,
      truth.map((_, i) => i),
    );
    for (const s of [one, alone]) {
      expect(Math.abs(s.ari)).toBeLessThan(0.02);
      expect(Math.abs(s.ami)).toBeLessThan(0.02);
      expect(s.corr).toBeGreaterThan(80);
    }
  });

  it('sort again (clusterAll): not below the measured figures (−0.03 ARI/AMI, +3 corrections per 100)', () => {
    const s = evalEngine(items, set.model ? { themeModel } : {});
    expect(s.ari).toBeGreaterThanOrEqual(set.full.ari - MARGIN);
    expect(s.ami).toBeGreaterThanOrEqual(set.full.ami - MARGIN);
    expect(s.corr).toBeLessThanOrEqual(set.full.corr + CORR_MARGIN);
  });

  it('live (10 seeded arrival orders): not below the measured figures', { timeout: 60_000 }, () => {
    const s = evalLive(items, set.model ? { themeModel } : {}, 10, 1);
    expect(s.ari).toBeGreaterThanOrEqual(set.live.ari - MARGIN);
    expect(s.ami).toBeGreaterThanOrEqual(set.live.ami - MARGIN);
    expect(s.corr).toBeLessThanOrEqual(set.live.corr + CORR_MARGIN);
  });
});

// A second facilitator sorted each of blind5–blind74 from the shuffled cards, without their themes,
// under random card ids (round 7; the sortings of rounds 5 and 6 saw ids that were the cards' lines in
// a file grouped by theme, so the ids gave the author's themes away, and were redone). Two careful
// people agree this much: ARI 0.44–0.75, 10–30 corrections per 100 — about the targets
// (ARI ≥ 0.6, ≤ 15 corrections), far above the engine (docs/clustering.md, round 7).
describe.each([
  { name: 'blind69', path: BLIND69_PATH, ari: 0.736, corr: 13.8 },
  { name: 'blind70', path: BLIND70_PATH, ari: 0.649, corr: 17.3 },
  { name: 'blind71', path: BLIND71_PATH, ari: 0.752, corr: 10.4 },
  { name: 'blind72', path: BLIND72_PATH, ari: 0.712, corr: 13.5 },
  { name: 'blind73', path: BLIND73_PATH, ari: 0.656, corr: 18.1 },
  { name: 'blind74', path: BLIND74_PATH, ari: 0.654, corr: 19.2 },
  { name: 'blind63', path: BLIND63_PATH, ari: 0.675, corr: 16.2 },
  { name: 'blind64', path: BLIND64_PATH, ari: 0.572, corr: 18.5 },
  { name: 'blind65', path: BLIND65_PATH, ari: 0.47, corr: 29.2 },
  { name: 'blind66', path: BLIND66_PATH, ari: 0.624, corr: 20.8 },
  { name: 'blind67', path: BLIND67_PATH, ari: 0.559, corr: 23.1 },
  { name: 'blind68', path: BLIND68_PATH, ari: 0.705, corr: 15.4 },
  { name: 'blind57', path: BLIND57_PATH, ari: 0.574, corr: 20 },
  { name: 'blind58', path: BLIND58_PATH, ari: 0.581, corr: 21.9 },
  { name: 'blind59', path: BLIND59_PATH, ari: 0.617, corr: 16.9 },
  { name: 'blind60', path: BLIND60_PATH, ari: 0.553, corr: 25 },
  { name: 'blind61', path: BLIND61_PATH, ari: 0.673, corr: 15.8 },
  { name: 'blind62', path: BLIND62_PATH, ari: 0.637, corr: 18.5 },
  { name: 'blind51', path: BLIND51_PATH, ari: 0.681, corr: 18.8 },
  { name: 'blind52', path: BLIND52_PATH, ari: 0.546, corr: 22.3 },
  { name: 'blind53', path: BLIND53_PATH, ari: 0.673, corr: 16.2 },
  { name: 'blind54', path: BLIND54_PATH, ari: 0.585, corr: 20 },
  { name: 'blind55', path: BLIND55_PATH, ari: 0.622, corr: 21.5 },
  { name: 'blind56', path: BLIND56_PATH, ari: 0.594, corr: 18.8 },
  { name: 'blind45', path: BLIND45_PATH, ari: 0.655, corr: 13.8 },
  { name: 'blind46', path: BLIND46_PATH, ari: 0.648, corr: 15.4 },
  { name: 'blind47', path: BLIND47_PATH, ari: 0.637, corr: 18.8 },
  { name: 'blind48', path: BLIND48_PATH, ari: 0.674, corr: 16.2 },
  { name: 'blind49', path: BLIND49_PATH, ari: 0.601, corr: 19.2 },
  { name: 'blind50', path: BLIND50_PATH, ari: 0.525, corr: 25.8 },
  { name: 'blind39', path: BLIND39_PATH, ari: 0.642, corr: 18.5 },
  { name: 'blind40', path: BLIND40_PATH, ari: 0.439, corr: 29.6 },
  { name: 'blind41', path: BLIND41_PATH, ari: 0.606, corr: 20 },
  { name: 'blind42', path: BLIND42_PATH, ari: 0.642, corr: 14.6 },
  { name: 'blind43', path: BLIND43_PATH, ari: 0.67, corr: 17.3 },
  { name: 'blind44', path: BLIND44_PATH, ari: 0.684, corr: 12.7 },
  { name: 'blind33', path: BLIND33_PATH, ari: 0.739, corr: 15.4 },
  { name: 'blind34', path: BLIND34_PATH, ari: 0.632, corr: 18.1 },
  { name: 'blind35', path: BLIND35_PATH, ari: 0.655, corr: 15.4 },
  { name: 'blind36', path: BLIND36_PATH, ari: 0.641, corr: 18.1 },
  { name: 'blind37', path: BLIND37_PATH, ari: 0.676, corr: 15 },
  { name: 'blind38', path: BLIND38_PATH, ari: 0.555, corr: 24.2 },
  { name: 'blind27', path: BLIND27_PATH, ari: 0.677, corr: 15.4 },
  { name: 'blind28', path: BLIND28_PATH, ari: 0.611, corr: 19.2 },
  { name: 'blind29', path: BLIND29_PATH, ari: 0.672, corr: 13.1 },
  { name: 'blind30', path: BLIND30_PATH, ari: 0.672, corr: 15.8 },
  { name: 'blind31', path: BLIND31_PATH, ari: 0.687, corr: 14.6 },
  { name: 'blind32', path: BLIND32_PATH, ari: 0.532, corr: 20.8 },
  { name: 'blind21', path: BLIND21_PATH, ari: 0.546, corr: 25.8 },
  { name: 'blind22', path: BLIND22_PATH, ari: 0.619, corr: 19.6 },
  { name: 'blind23', path: BLIND23_PATH, ari: 0.753, corr: 12.7 },
  { name: 'blind24', path: BLIND24_PATH, ari: 0.654, corr: 15.8 },
  { name: 'blind25', path: BLIND25_PATH, ari: 0.617, corr: 17.7 },
  { name: 'blind26', path: BLIND26_PATH, ari: 0.729, corr: 13.8 },
  { name: 'blind15', path: BLIND15_PATH, ari: 0.685, corr: 14.6 },
  { name: 'blind16', path: BLIND16_PATH, ari: 0.528, corr: 26.9 },
  { name: 'blind17', path: BLIND17_PATH, ari: 0.692, corr: 12.7 },
  { name: 'blind18', path: BLIND18_PATH, ari: 0.692, corr: 11.5 },
  { name: 'blind19', path: BLIND19_PATH, ari: 0.624, corr: 16.9 },
  { name: 'blind20', path: BLIND20_PATH, ari: 0.663, corr: 16.2 },
  { name: 'blind13', path: BLIND13_PATH, ari: 0.715, corr: 12.3 },
  { name: 'blind14', path: BLIND14_PATH, ari: 0.564, corr: 24.2 },
  { name: 'blind11', path: BLIND11_PATH, ari: 0.627, corr: 21.2 },
  { name: 'blind12', path: BLIND12_PATH, ari: 0.685, corr: 16.9 },
  { name: 'blind9', path: BLIND9_PATH, ari: 0.588, corr: 21.5 },
  { name: 'blind10', path: BLIND10_PATH, ari: 0.605, corr: 19.6 },
  { name: 'blind7', path: BLIND7_PATH, ari: 0.54, corr: 23.1 },
  { name: 'blind8', path: BLIND8_PATH, ari: 0.575, corr: 23.5 },
  { name: 'blind5', path: BLIND5_PATH, ari: 0.6, corr: 20.4 },
  { name: 'blind6', path: BLIND6_PATH, ari: 0.611, corr: 18.5 },
])('$name: a second facilitator', (set) => {
  it('sorted every card once; agreement with the author as documented', () => {
    const items = load(set.path);
    const second = parseSecondSort(readFileSync(join(__dirname, '..', '..', '..', secondSortPath(set.path)), 'utf8'), items.length);
    const s = scoreAll(
      items.map((i) => i.theme),
      second,
    );
    expect(s.ari).toBeCloseTo(set.ari, 3);
    expect(s.corr).toBeCloseTo(set.corr, 1);
    expect(() => parseSecondSort('id\ttheme\n1\ta\n1\tb\n', 2)).toThrow(/bad line/);
    expect(() => parseSecondSort('id\ttheme\n1\ta\n', 2)).toThrow(/misses/);
    expect(() => parseSecondSort('id\ttheme\n3\ta\n', 2)).toThrow(/bad line/);
  });
});

// Issue #12.7 with the theme model: real typing (15 % of the cards with typos, abbreviations or
// ALL-CAPS) costs at most 0.03 ARI on the held-out rooms' mean (the figure the issue names), and no
// single room loses more than 0.05. Measured once on the fresh rooms, clean minus typed: round 10's
// −0.007 to +0.012 (mean 0.003), round 11's −0.001 to +0.013 (mean 0.006), round 12's −0.004 to
// +0.016 (mean 0.006), round 13's −0.008 to +0.011 (mean −0.001), round 14's −0.005 to +0.017 (mean
// 0.007), round 15's −0.001 to +0.013 (mean 0.007), round 16's −0.005 to +0.013 (mean 0.002); round
// 9's rooms lost +0.004 to +0.043 (mean 0.014), round 8's −0.007 to +0.034. On the held-out rooms,
// because the model has learned the others.
describe('the held-out rooms with the theme model: real typing', () => {
  // every set the model never trained on (BLIND_SETS with modelHeldOut: blind51–blind74)
  const rooms = BLIND_SETS.filter((b) => b.modelHeldOut).map((b) => b.path);
  it('sort again loses at most 0.03 ARI on the mean of the twenty-four rooms, at most 0.05 on any (5 seeded perturbations each)', { timeout: 300_000 }, () => {
    expect(rooms).toHaveLength(24); // never an empty (always green) list
    const losses = rooms.map((path) => {
      const items = load(path);
      const clean = evalEngine(items, { themeModel }).ari;
      const seeds = [1, 2, 3, 4, 5];
      return clean - seeds.reduce((s, seed) => s + evalEngine(perturbItems(items, 0.15, seed), { themeModel }).ari, 0) / seeds.length;
    });
    for (const l of losses) expect(l).toBeLessThanOrEqual(0.05);
    expect(losses.reduce((a, b) => a + b, 0) / losses.length).toBeLessThanOrEqual(0.03);
  });
});

import { describe, expect, test } from 'vitest';
import path from 'node:path';
import { createRequire } from 'node:module';

// electron-builder.yml read and validated by electron-builder's own loader (app-builder-lib):
// a misspelt fuse would fail its schema, a loosened one fails here.
const root = path.resolve(__dirname, '../..');
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig: (dir: string, file: string | null, extra: unknown) => Promise<Record<string, unknown>>;
  validateConfiguration: (config: unknown, debug: { add(k: string, v: unknown): void }) => Promise<void>;
};

describe('electron-builder configuration', () => {
  test('Electron fuses: no run-as-node, NODE_OPTIONS or inspect; app only from a checked asar', async () => {
    const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
    await validateConfiguration(config, { add: () => {} });
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // onlyLoadAppFromAsar needs an asar to load from.
    expect(config.asar).not.toBe(false);
  });
});

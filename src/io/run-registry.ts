import { existsSync } from 'node:fs';
import type { NamedStudio, RunInput } from '../archive/types.js';
import { removeStaleTempFiles, sha256Hex } from './files.js';
import { Registry } from './registry.js';
import type { InputFile } from '../import/types.js';

/**
 * Opens the registry for a run that writes into `outDir`, and clears what an earlier
 * killed run left behind: its run row becomes 'interrupted', its temporary files go.
 *
 * @example const registry = openRunRegistry('out/studio-docs.sqlite', 'out/shanghai-2020');
 */
export function openRunRegistry(registryPath: string, outDir: string): Registry {
  const registry = Registry.open(registryPath);
  try {
    registry.markInterruptedRuns();
    removeStaleTempFiles(outDir);
    return registry;
  } catch (error) {
    registry.close();
    throw error;
  }
}

/**
 * Named studios recorded in an existing registry; none when the default registry does
 * not exist yet (validate never creates one). A registry the user named must exist.
 */
export function namedStudiosIn(registryPath: string, options: { mustExist?: boolean } = {}): NamedStudio[] {
  if (!options.mustExist && !existsSync(registryPath)) return [];
  const registry = Registry.open(registryPath, { mustExist: true });
  try {
    return registry.namedStudios();
  } finally {
    registry.close();
  }
}

export function runInputs(files: readonly InputFile[]): RunInput[] {
  return files.map((file) => ({ name: file.name, sha256: sha256Hex(file.bytes), size: file.bytes.byteLength }));
}

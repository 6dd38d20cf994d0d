import { existsSync } from 'node:fs';
import type { DocumentFacts, NamedStudio, RunInput } from '../archive/types.js';
import type { Campaign } from '../campaigns/schema.js';
import { removeStaleTempFiles, sha256Hex } from '../io/files.js';
import { Registry } from '../io/registry.js';
import type { InputFile } from '../import/types.js';
import type { RenderedForm } from '../jobs/forms.js';
import type { ValidStudio } from '../validate/types.js';

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

/** What the registry records about a rendered form, from the form and its studio. */
export function documentFacts(campaign: Campaign, doc: RenderedForm, studios: ReadonlyMap<string, ValidStudio['studio']>): DocumentFacts {
  const studio = studios.get(doc.studioKey);
  return {
    campaign: campaign.id,
    year: campaign.year,
    studioKey: doc.studioKey,
    studioName: doc.studioName,
    studioType: studio?.type,
    leader: studio?.leader.name,
    unit: studio?.unit,
    recommender: studio?.recommender,
    formId: doc.form.id,
    formLabel: doc.form.label,
    format: doc.format,
  };
}

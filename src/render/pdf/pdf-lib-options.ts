/**
 * How every pdf-lib load and save here runs. pdf-lib yields to the event loop
 * every 50 objects by default (a timer each time): 6× slower on our files.
 * Loading leaves the metadata alone (postprocessing writes it); saving writes
 * plain cross-reference tables, which split.ts and other readers take as they are.
 */
export const PDF_LIB_LOAD_OPTIONS = { updateMetadata: false, objectsPerTick: Infinity } as const;
export const PDF_LIB_SAVE_OPTIONS = { useObjectStreams: false, objectsPerTick: Infinity } as const;

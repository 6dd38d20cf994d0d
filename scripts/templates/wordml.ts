/** The WordprocessingML builders live in src/render/docx/wordml.ts (summary sheets build their templates at run time). */
export * from '../../src/render/docx/wordml.js';

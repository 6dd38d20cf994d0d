export { compileDocxTemplate, type CompiledDocxTemplate, type DocxTemplateOptions } from './compile.js';
export { renderDocx } from './render.js';
export { formTemplateVocabulary, type TemplateVocabulary } from './vocabulary.js';

export { compileDocxTemplate, type CompiledDocxTemplate, type DocxTemplateOptions } from './compile.js';
export { docxFormRenderer, type DocxFormRenderer } from './form-renderer.js';
export { renderDocx } from './render.js';
export { formTemplateVocabulary, type TemplateVocabulary } from './vocabulary.js';

import type { Form } from '../../campaigns/schema.js';

export type FormPage = Form['page'];

/** Open substitutes for the fonts Chinese offices use (GUIDE.md §4), named by fontconfig family. */
export const FONT_FAMILIES = {
  /** 宋体 */
  song: 'Noto Serif CJK SC',
  /** 黑体 */
  hei: 'Noto Sans CJK SC',
  /** 楷体 */
  kai: 'AR PL UKai CN',
  /** 仿宋 (Nanchang: “使用仿宋小四号字”): FandolFang, taken from Debian's texlive-lang-chinese by scripts/install-system-deps.sh. */
  fang: 'FandolFang',
  /** ☐ ☑ ☒: none of the CJK fonts has them; DejaVu Sans does (`fc-list ':charset=2611'`). */
  checkbox: 'DejaVu Sans',
  /** Emoji that people put in names (🏭): without it they would print as empty boxes. */
  emoji: 'Noto Color Emoji',
} as const;

/** Every family the shared stylesheet names; check they are installed before printing. */
export const FORM_FONT_FAMILIES: readonly string[] = Object.values(FONT_FAMILIES);

/**
 * Page margins for application forms: a wider left margin for binding. Forms are
 * attachments, not 公文 bodies, so GB/T 9704's 37 mm top margin does not apply.
 */
const PAGE_MARGIN = '25mm 20mm 20mm 25mm';

/**
 * The stylesheet every official form shares: page size from the campaign's page
 * setup, fonts by family name (with the checkbox glyphs routed to a font that has
 * them), hairline table rules, table headers repeated on every page.
 *
 * @example formStylesheet({ size: 'A4', landscape: false }) // '@page { size: A4 portrait; … }'
 */
export function formStylesheet(page: FormPage): string {
  const { song, hei, kai, fang, checkbox, emoji } = FONT_FAMILIES;
  return `
@page { size: ${page.size} ${page.landscape ? 'landscape' : 'portrait'}; margin: ${PAGE_MARGIN}; }
/* Only ever printed: without this the browser lays out a batch of forms for the screen on load and again after printing, for nobody (~13% of its time, and memory). */
@media screen { body { display: none; } }
@font-face { font-family: "Form Checkbox"; src: local("${checkbox}"); unicode-range: U+2610-2612; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; background: #fff; font: 12pt/1.5 "Form Checkbox", "${song}", "${emoji}", serif; }
.song { font-family: "Form Checkbox", "${song}", "${emoji}", serif; }
.hei { font-family: "Form Checkbox", "${hei}", "${emoji}", sans-serif; }
.kai { font-family: "Form Checkbox", "${kai}", "${emoji}", serif; }
.fang { font-family: "Form Checkbox", "${fang}", "${emoji}", serif; }
.studio-docs-document + .studio-docs-document { break-before: page; }
.studio-docs-marker { display: block; height: 0; }
.attachment-label { font-family: "${hei}", "${emoji}", sans-serif; font-size: 16pt; line-height: 1.4; margin: 0 0 4mm; }
.form-title { font-family: "${song}", "${emoji}", serif; font-weight: 700; font-size: 18pt; line-height: 1.4; text-align: center; text-wrap: balance; margin: 0 0 6mm; }
table.form { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.form + table.form { margin-top: -0.5pt; }
table.form th, table.form td { border: 0.5pt solid #000; padding: 1.6mm 1.5mm; vertical-align: middle; text-align: left; font-weight: 400; overflow-wrap: anywhere; }
table.form th, table.form .label { font-family: "Form Checkbox", "${hei}", "${emoji}", sans-serif; text-align: center; }
table.form .center { text-align: center; }
/* Long text may run over a page: the separate border model lets each cell fragment close and reopen its frame (collapsed borders leave it open at the break). */
table.form.long-text { border-collapse: separate; border-spacing: 0; }
table.form.long-text td { box-decoration-break: clone; -webkit-box-decoration-break: clone; }
table.form.long-text tr + tr td { border-top: none; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
tr.flowing { break-inside: auto; }
.option { white-space: nowrap; margin-right: 0.75em; }
.option:last-child { margin-right: 0; }
.fill { display: inline-block; min-width: 2.5em; border-bottom: 0.5pt solid #000; text-align: center; line-height: 1.2; }
.prose p { margin: 0; text-indent: 2em; text-align: justify; }
.prose .heading { text-indent: 0; font-family: "${hei}", "${emoji}", sans-serif; margin-bottom: 1mm; }
`;
}

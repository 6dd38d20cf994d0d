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

type TextRole = 'song' | 'hei' | 'kai' | 'fang';

/**
 * The same designs cut down to the GB2312 characters by scripts/fonts/subset-fonts.py
 * (run by scripts/install-system-deps.sh). Chromium copies the whole file of
 * every font a print job uses into the job: 20–27 MB for each Noto CJK face,
 * about 5 ms of every form in a batch of 50. The subsets are 3–5 MB.
 */
export const SUBSET_FAMILIES: Readonly<Record<TextRole, string>> = {
  song: 'StudioDocs Noto Serif SC',
  hei: 'StudioDocs Noto Sans SC',
  kai: 'StudioDocs UKai',
  fang: 'StudioDocs FandolFang',
};

const GENERIC: Readonly<Record<TextRole, string>> = { song: 'serif', hei: 'sans-serif', kai: 'serif', fang: 'serif' };

/**
 * CSS font-family lists for 宋体, 黑体, 楷体 and 仿宋: the subset first, the full
 * font for any character outside GB2312 (the same design, so a rare character
 * in a name looks like its neighbours), emoji, then the generic family. Also
 * the custom properties --font-song, --font-hei, --font-kai and --font-fang of
 * every printed page, for campaign templates.
 *
 * @example FONT_STACKS.song // '"StudioDocs Noto Serif SC", "Noto Serif CJK SC", "Noto Color Emoji", serif'
 */
export const FONT_STACKS: Readonly<Record<TextRole, string>> = Object.fromEntries(
  (['song', 'hei', 'kai', 'fang'] as const).map((role) => [role, `"${SUBSET_FAMILIES[role]}", "${FONT_FAMILIES[role]}", "${FONT_FAMILIES.emoji}", ${GENERIC[role]}`]),
) as Record<TextRole, string>;

/** Every family the shared stylesheet names; check they are installed before printing. */
export const FORM_FONT_FAMILIES: readonly string[] = [...Object.values(FONT_FAMILIES), ...Object.values(SUBSET_FAMILIES)];

/**
 * Page margins for application forms: a wider left margin for binding. Forms are
 * attachments, not 公文 bodies, so GB/T 9704's 37 mm top margin does not apply.
 */
const PAGE_MARGIN = '25mm 20mm 20mm 25mm';

/**
 * The stylesheet every official form shares: page margins (the paper size goes
 * to the printer, see PrintableDocument), fonts by family name (with the
 * checkbox glyphs routed to a font that has them), hairline table rules, table
 * headers repeated on every page.
 *
 * @example formStylesheet() // '@page { margin: 25mm 20mm 20mm 25mm; } …'
 */
export function formStylesheet(): string {
  const { song, hei, kai, fang } = FONT_STACKS;
  return `
@page { margin: ${PAGE_MARGIN}; }
/* Only ever printed: without this the browser lays out a batch of forms for the screen on load and again after printing, for nobody (~13% of its time, and memory). */
@media screen { body { display: none; } }
@font-face { font-family: "Form Checkbox"; src: local("${FONT_FAMILIES.checkbox}"); unicode-range: U+2610-2612; }
:root { --font-song: ${song}; --font-hei: ${hei}; --font-kai: ${kai}; --font-fang: ${fang}; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; background: #fff; font: 12pt/1.5 "Form Checkbox", ${song}; }
.song { font-family: "Form Checkbox", ${song}; }
.hei { font-family: "Form Checkbox", ${hei}; }
.kai { font-family: "Form Checkbox", ${kai}; }
.fang { font-family: "Form Checkbox", ${fang}; }
.studio-docs-document + .studio-docs-document { break-before: page; }
.studio-docs-marker { display: block; height: 0; }
.attachment-label { font-family: ${hei}; font-size: 16pt; line-height: 1.4; margin: 0 0 4mm; }
.form-title { font-family: ${song}; font-weight: 700; font-size: 18pt; line-height: 1.4; text-align: center; text-wrap: balance; margin: 0 0 6mm; }
table.form { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.form + table.form { margin-top: -0.5pt; }
table.form th, table.form td { border: 0.5pt solid #000; padding: 1.6mm 1.5mm; vertical-align: middle; text-align: left; font-weight: 400; overflow-wrap: anywhere; }
table.form th, table.form .label { font-family: "Form Checkbox", ${hei}; text-align: center; }
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
.prose .heading { text-indent: 0; font-family: ${hei}; margin-bottom: 1mm; }
`;
}

/**
 * Summary sheets and the city workbook, laid out from src/summary's tables:
 * XLSX (workbooks.ts, with formulas), DOCX (docx.ts, a generated docxtemplater
 * template) and PDF (pdf.ts, printed like the forms), all on one page layout (page.ts).
 */
export { buildCityWorkbook, buildSummaryWorkbook } from './workbooks.js';
export { renderSummaryDocx, summaryDocxTemplate, summaryDocxView, type SummaryTemplate } from './docx.js';
export { renderSummaryPdfs, summaryHtmlBody } from './pdf.js';
export { summaryFontSize, summaryPageLayout, type SummaryPageLayout } from './page.js';
export { writeSummarySheet, type SummarySheetLayout } from './summary-sheet.js';
export { NON_PUBLIC_MET, NON_PUBLIC_MISSED, PIVOT_SHEET_NAME, writePivotSheet, type PivotLayout } from './pivot-sheet.js';

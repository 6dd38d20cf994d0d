import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { parseCampaign, templatesRoot } from '../../../src/campaigns/load.js';
import type { Campaign } from '../../../src/campaigns/schema.js';

/** The system Python has openpyxl; the pyenv one on PATH does not. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

export function loadShanghai2020(): Campaign {
  const file = join(templatesRoot(), 'shanghai-2020', 'campaign.json');
  return parseCampaign(readFileSync(file, 'utf8'), file);
}

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

export function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}; have ${workbook.worksheets.map((ws) => ws.name).join(', ')}`);
  return sheet;
}

/** exceljs reads validations into a per-cell map, but its typings omit it. */
export function validationAt(sheet: ExcelJS.Worksheet, address: string): ExcelJS.DataValidation | undefined {
  return (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model[address];
}

/** Runs a Python snippet with `path` bound to the workbook file; the snippet prints JSON. */
export function withOpenpyxl<T>(bytes: Uint8Array, snippet: string): T {
  const dir = mkdtempSync(join(tmpdir(), 'studio-docs-xlsx-'));
  try {
    const path = join(dir, 'book.xlsx');
    writeFileSync(path, bytes);
    const script = `import json, openpyxl\npath = ${JSON.stringify(path)}\n${snippet}`;
    const output = execFileSync(SYSTEM_PYTHON, ['-c', script], { encoding: 'utf8' });
    return JSON.parse(output) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The XML of one part of an XLSX package, to check what is stored rather than what a reader infers. */
export function partXml(bytes: Uint8Array, part: string): string {
  const file = new PizZip(bytes).file(part);
  if (!file) throw new Error(`no part ${part}`);
  return file.asText();
}


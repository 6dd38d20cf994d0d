import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRAFTSMAN_STUDIO, HOSTILE_STUDIO, LONG_NAME } from '../../fixtures/studios.js';
import { compileApplication, convertWithLibreOffice, pdfText, renderApplication, withTempDir } from './helpers.js';

const template = compileApplication();

/** What python-docx (an unrelated DOCX reader) sees: section geometry and every table's cell text. */
interface PythonDocxReading {
  readonly pageWidthMm: number;
  readonly pageHeightMm: number;
  readonly topMarginMm: number;
  readonly leftMarginMm: number;
  readonly tables: string[][][];
}

const READ_WITH_PYTHON_DOCX = `
import json, sys, docx
document = docx.Document(sys.argv[1])
section = document.sections[0]
print(json.dumps({
  "pageWidthMm": round(section.page_width.mm),
  "pageHeightMm": round(section.page_height.mm),
  "topMarginMm": round(section.top_margin.mm),
  "leftMarginMm": round(section.left_margin.mm),
  "tables": [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables],
}, ensure_ascii=False))
`;

function readWithPythonDocx(docx: Uint8Array, dir: string): PythonDocxReading {
  const file = join(dir, 'form.docx');
  writeFileSync(file, docx);
  // /usr/bin/python3 is the system Python that has python-docx; the one on PATH may not.
  const output = execFileSync('/usr/bin/python3', ['-c', READ_WITH_PYTHON_DOCX, file], { encoding: 'utf8' });
  return JSON.parse(output) as PythonDocxReading;
}

describe('a rendered 申请表 opened by other programs', () => {
  it('opens in python-docx as an A4 page with GB/T 9704 margins and the members in their own rows', () => {
    withTempDir((dir) => {
      const reading = readWithPythonDocx(renderApplication(CRAFTSMAN_STUDIO, template), dir);
      expect([reading.pageWidthMm, reading.pageHeightMm, reading.topMarginMm, reading.leftMarginMm]).toEqual([210, 297, 37, 28]);
      expect(reading.tables).toHaveLength(3);
      const [studioTable = [], memberTable = []] = reading.tables;
      // python-docx repeats a merged cell's text for every grid column it spans.
      expect(studioTable[0]).toEqual(['工作室名称', ...Array(5).fill(CRAFTSMAN_STUDIO.name)]);
      expect(memberTable.slice(2).map((row) => row[0])).toEqual(CRAFTSMAN_STUDIO.members.map((member) => member.name));
    });
  });

  it('opens in python-docx with hostile values intact', () => {
    withTempDir((dir) => {
      const reading = readWithPythonDocx(renderApplication(HOSTILE_STUDIO, template), dir);
      expect(reading.tables[0]?.[0]?.[1]).toBe(LONG_NAME);
      expect(reading.tables[1]?.slice(2).map((row) => row[0])).toEqual(['{name}', '<w:p>', 'A & B', '🏭王工']);
    });
  });

  it('converts to PDF with LibreOffice, keeping the studio, a member, the ticked box and the intro', () => {
    withTempDir((dir) => {
      const pdf = convertWithLibreOffice(renderApplication(CRAFTSMAN_STUDIO, template), dir);
      const text = pdfText(pdf).replace(/\s+/g, '');
      expect(text).toContain('2020年度上海市工匠（技师、职工、巾帼）创新工作室申请表');
      expect(text).toContain(CRAFTSMAN_STUDIO.name);
      expect(text).toContain('郑佳怡');
      expect(text).toContain('☑工匠工作室');
      expect(text).toContain('为上海建设具有全球影响力的科技创新中心贡献力量');
      expect(text).toContain('—1—');
    });
  });
});

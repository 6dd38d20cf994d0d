import { normaliseCell, numberCell, textCell, type XlsxCellValue } from '../cell-text.js';
import type { SheetCell, SheetRow } from '../grid.js';
import type { CellStyle } from './cell-styles.js';
import { readInlineString, type XlsxString } from './shared-strings.js';
import { decodeAgain } from './workbook-parts.js';
import { decodeAttribute, decodeText, findStartTag, rawContent, readStartTag } from './xml-scan.js';
import { columnOfReference, decodeRange, readHyperlinks, readMergeRefs } from './sheet-parts.js';
import { CorruptWorkbookError } from './zip.js';

export interface SheetContext {
  /** undefined when the workbook has no xl/sharedStrings.xml. */
  readonly sharedStrings: readonly XlsxString[] | undefined;
  /** undefined when the workbook has no xl/styles.xml. */
  readonly styles: readonly CellStyle[] | undefined;
  readonly date1904: boolean;
  /** Relationship id → target, from the sheet's .rels part (hyperlink targets). */
  readonly relationships: ReadonlyMap<string, string | undefined>;
}

/**
 * The rows of one worksheet part as SheetRows, the way the exceljs-based reader
 * produced them: every `<row>` element is a row (even without cells), cells sit
 * at their column with gaps left undefined, a cell with neither value nor style
 * nor hyperlink is no cell at all, and each cell covered by a merged range shows
 * its master's value.
 *
 * Cell values follow exceljs's rules (lib/xlsx/xform/sheet/cell-xform.js):
 * `t` = s | str | inlineStr | b | e, anything else is a number, which is a date
 * when its style's number format is a date format; a formula's cached result is
 * its value, and a result that is 0, FALSE or empty counts as no result.
 *
 * @throws CorruptWorkbookError for a sheet exceljs could not load (a row without a
 *   number, a shared string index out of range, overlapping merged ranges, a
 *   hyperlink whose relationship is missing).
 */
export function readSheetRows(xml: string, context: SheetContext): SheetRow[] {
  const dataStart = findStartTag(xml, 'sheetData', 0);
  // Searched from the end: the sheet data is nearly all of the part.
  const dataEnd = dataStart === -1 ? -1 : xml.lastIndexOf('</sheetData>');
  const tailStart = dataEnd === -1 ? 0 : dataEnd;
  const reader = new RowReader(xml, context, readHyperlinks(xml, tailStart, context.relationships));
  if (dataEnd !== -1) reader.readRows(dataStart, dataEnd);
  reader.applyMerges(readMergeRefs(xml, tailStart));
  return reader.result();
}

/** A row being built: cells are set as they are read, then by merged ranges. */
interface MutableRow {
  readonly number: number;
  readonly cells: (SheetCell | undefined)[];
}

const EMPTY_CELL = normaliseCell(null, undefined);
/** Plain values up to this length are compared with the previous value in their column and share its cell. */
const MAX_REMEMBERED_LENGTH = 40;
/** Values this short are remembered for the whole sheet (a name of two or three characters would not repeat enough). */
const MAX_SHORT_LENGTH = 4;
const MAX_SHORT_CELLS = 10_000;

/** The `t` attribute of a cell, as exceljs tells the types apart; anything else is a number. */
const TYPE_NUMBER = 0;
const TYPE_SHARED = 1;
const TYPE_STR = 2;
const TYPE_INLINE = 3;
const TYPE_BOOLEAN = 4;
const TYPE_ERROR = 5;

function typeOf(xml: string, start: number, end: number): number {
  const text = xml.slice(start, end);
  switch (text.includes('&') ? decodeAttribute(text) : text) {
    case 's':
      return TYPE_SHARED;
    case 'str':
      return TYPE_STR;
    case 'inlineStr':
      return TYPE_INLINE;
    case 'b':
      return TYPE_BOOLEAN;
    case 'e':
      return TYPE_ERROR;
    default:
      return TYPE_NUMBER;
  }
}

/** `s` as exceljs reads it: parseInt when the attribute is non-empty, else none. */
function styleIdOf(xml: string, start: number, end: number): number | undefined {
  let id = 0;
  for (let index = start; index < end; index += 1) {
    const code = xml.charCodeAt(index);
    if (code < 0x30 || code > 0x39) {
      const text = decodeAttribute(xml.slice(start, end));
      return text ? Number.parseInt(text, 10) : undefined;
    }
    id = id * 10 + (code - 0x30);
  }
  return start === end ? undefined : id;
}

class RowReader {
  private readonly rows: (MutableRow | undefined)[] = [];
  /** Shared formulas: `si` → address of the master cell, which followers name as their formula. */
  private readonly sharedFormulaMasters = new Map<string, string>();
  /** Plain shared-string cells by string index: the same text yields the same (immutable) cell. */
  private readonly sharedStringCells: (SheetCell | undefined)[] = [];
  /** Very short texts and numbers (性别, 学历, 年龄) recur all over a sheet: one immutable cell each. */
  private readonly shortTextCells = new Map<string, SheetCell>();
  private readonly shortNumberCells = new Map<string, SheetCell>();
  /** The last plain str or number cell of each column, with its raw XML text and type/style. */
  private readonly previousByColumn: ({ readonly type: number; readonly styleId: number | undefined; readonly raw: string; readonly cell: SheetCell } | undefined)[] = [];

  constructor(
    private readonly xml: string,
    private readonly context: SheetContext,
    private readonly hyperlinks: ReadonlyMap<string, string | undefined>,
  ) {}

  readRows(from: number, before: number): void {
    const { xml } = this;
    for (let start = findStartTag(xml, 'row', from, before); start !== -1; ) {
      const tag = readStartTag(xml, start);
      const number = Number.parseInt(tag.attributes.r ?? '', 10);
      if (!(number >= 1)) throw new CorruptWorkbookError('a <row> without a row number');
      const row: MutableRow = { number, cells: [] };
      this.rows[number - 1] = row;
      if (tag.selfClosing) {
        start = findStartTag(xml, 'row', tag.end, before);
        continue;
      }
      const end = this.readCells(row, tag.end, before);
      start = findStartTag(xml, 'row', end, before);
    }
  }

  /** Reads the cells of a row whose start tag ends at `from`; returns where reading stopped. */
  private readCells(row: MutableRow, from: number, before: number): number {
    const { xml } = this;
    let previousColumn = -1;
    // The end of the row is only looked for when something other than <c> or </row> follows a cell.
    let rowEnd = -1;
    const nextCell = (position: number): number => {
      if (xml.startsWith('<c ', position)) return position;
      if (xml.startsWith('</row>', position)) return -1;
      if (rowEnd === -1) {
        const close = xml.indexOf('</row>', position);
        rowEnd = close === -1 || close > before ? before : close;
      }
      return findStartTag(xml, 'c', position, rowEnd);
    };
    let start = nextCell(from);
    let end = from;
    while (start !== -1) {
      // Attributes r, s and t, read in place without slicing: this loop runs once per cell.
      let addressStart = -1;
      let addressEnd = -1;
      let column = -1;
      let styleId: number | undefined;
      let type = TYPE_NUMBER;
      let position = start + 2;
      let selfClosing = false;
      for (;;) {
        let code = xml.charCodeAt(position);
        while (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) code = xml.charCodeAt(++position);
        if (code === 0x3e) {
          position += 1;
          break;
        }
        if (code === 0x2f || Number.isNaN(code)) {
          selfClosing = true;
          position = xml.indexOf('>', position) + 1 || xml.length;
          break;
        }
        const equals = xml.indexOf('=', position);
        let quote = equals + 1;
        while (xml.charCodeAt(quote) === 0x20) quote += 1;
        const close = xml.indexOf(xml.charAt(quote), quote + 1);
        if (equals === -1 || close === -1) throw new CorruptWorkbookError('unterminated <c> tag');
        if (equals - position === 1) {
          const name = xml.charCodeAt(position);
          if (name === 0x72) {
            addressStart = quote + 1;
            addressEnd = close;
            column = columnOfReference(xml, addressStart, addressEnd);
          } else if (name === 0x73) {
            styleId = styleIdOf(xml, quote + 1, close);
          } else if (name === 0x74) {
            type = typeOf(xml, quote + 1, close);
          }
        }
        position = close + 1;
      }

      if (addressStart === -1) {
        if (previousColumn < 0) throw new CorruptWorkbookError('a <c> without a reference');
        column = previousColumn + 1;
      }
      previousColumn = column;

      let cellEnd = position;
      let valueText: string | undefined;
      let inline: XlsxString | undefined;
      let formula: FormulaParts | undefined;
      if (!selfClosing) {
        const close = xml.indexOf('</c>', position);
        cellEnd = close === -1 ? before : close + 4;
        const contentEnd = close === -1 ? before : close;
        if (xml.startsWith('<v>', position) && xml.startsWith('</v>', contentEnd - 4) && xml.indexOf('<', position + 3) === contentEnd - 4) {
          const valueStart = position + 3;
          const valueLength = contentEnd - 4 - valueStart;
          // Down a column the same value often repeats (a studio's name on each member row, 性别):
          // compare in place with the column's previous plain value and reuse its cell.
          const previous = this.previousByColumn[column];
          if (previous !== undefined && previous.type === type && previous.styleId === styleId && previous.raw.length === valueLength && xml.startsWith(previous.raw, valueStart)) {
            setCell(row.cells, column, previous.cell);
            end = cellEnd;
            start = nextCell(cellEnd);
            continue;
          }
          if (valueLength > 0) {
            const raw = xml.slice(valueStart, valueStart + valueLength);
            valueText = decodeText(raw);
            if (addressStart !== -1 && this.hyperlinks.size === 0 && valueLength <= MAX_REMEMBERED_LENGTH && (type === TYPE_STR || type === TYPE_NUMBER)) {
              const cell = this.cellOf('', styleId, type, valueText, undefined, undefined) as SheetCell;
              this.previousByColumn[column] = { type, styleId, raw, cell };
              setCell(row.cells, column, cell);
              end = cellEnd;
              start = nextCell(cellEnd);
              continue;
            }
          }
        } else {
          ({ valueText, inline, formula } = readCellContent(xml, position, contentEnd));
        }
      }

      const address = addressStart === -1 ? undefined : this.hyperlinks.size === 0 && formula === undefined ? '' : xml.slice(addressStart, addressEnd);
      const cell = this.cellOf(address, styleId, type, valueText, inline, formula);
      if (cell !== undefined) setCell(row.cells, column, cell);
      end = cellEnd;
      start = nextCell(cellEnd);
    }
    return end;
  }

  /**
   * undefined for a cell exceljs drops: no value, no style, no hyperlink.
   * `address` is '' when neither hyperlinks nor formulas need it.
   */
  private cellOf(
    address: string | undefined,
    styleId: number | undefined,
    type: number,
    valueText: string | undefined,
    inline: XlsxString | undefined,
    formula: FormulaParts | undefined,
  ): SheetCell | undefined {
    const { context } = this;
    const style = styleId ? context.styles?.[styleId] : undefined;
    // exceljs only links a cell whose hyperlink target is non-empty.
    const hyperlink = address ? this.hyperlinks.get(address) : undefined;
    const hasHyperlink = Boolean(hyperlink);
    const value: XlsxString | undefined = inline === undefined ? valueText : valueText === undefined ? inline : valueText + String(inline);

    if (formula !== undefined && (formula.formula || formula.shareType)) {
      let result: XlsxCellValue;
      if (value) {
        const text = typeof value === 'string' ? value : String(value);
        if (type === TYPE_STR) result = decodeAgain(text);
        else if (type === TYPE_BOOLEAN) result = Number.parseInt(text, 10) !== 0;
        else if (type === TYPE_ERROR) result = { error: text };
        else result = Number.parseFloat(text);
      }
      if (result !== undefined && style?.isDate) result = serialToDate(result, context.date1904);
      if (hasHyperlink) return normaliseCell({ text: result, hyperlink }, style?.numFmt);
      const model: Record<string, unknown> = {};
      if (formula.formula) model.formula = formula.formula;
      if (result) model.result = result;
      if (formula.ref) model.ref = formula.ref;
      if (formula.shareType === 'shared') {
        if (formula.ref) {
          model.shareType = 'shared';
          if (address !== undefined) this.sharedFormulaMasters.set(formula.si ?? 'undefined', address);
        } else {
          const master = this.sharedFormulaMasters.get(formula.si ?? 'undefined');
          if (master) model.sharedFormula = master;
        }
      } else if (formula.shareType) {
        model.shareType = formula.shareType;
      }
      return normaliseCell(model, style?.numFmt);
    }

    if (value === undefined) {
      if (hasHyperlink) return normaliseCell({ text: undefined, hyperlink }, style?.numFmt);
      return styleId ? EMPTY_CELL : undefined;
    }

    const text = typeof value === 'string' ? value : String(value);
    let cellValue: XlsxCellValue;
    switch (type) {
      case TYPE_SHARED: {
        const index = Number.parseInt(text, 10);
        const { sharedStrings } = context;
        if (sharedStrings === undefined) {
          cellValue = index;
          break;
        }
        const shared = sharedStrings[index];
        if (shared === undefined) throw new CorruptWorkbookError(`shared string ${index} does not exist`);
        if (!hasHyperlink) {
          let cell = this.sharedStringCells[index];
          if (cell === undefined) this.sharedStringCells[index] = cell = typeof shared === 'string' ? textCell(shared) : normaliseCell(shared, undefined);
          return cell;
        }
        cellValue = shared;
        break;
      }
      case TYPE_STR: {
        const decoded = decodeAgain(text);
        if (hasHyperlink) {
          cellValue = decoded;
          break;
        }
        return this.rememberedText(decoded);
      }
      case TYPE_INLINE:
        cellValue = value;
        break;
      case TYPE_BOOLEAN:
        cellValue = Number.parseInt(text, 10) !== 0;
        break;
      case TYPE_ERROR:
        cellValue = { error: value };
        break;
      default: {
        if (style?.isDate) cellValue = serialToDate(Number.parseFloat(text), context.date1904);
        else if (!hasHyperlink) return this.rememberedNumber(text);
        else cellValue = Number.parseFloat(text);
      }
    }
    if (hasHyperlink) return normaliseCell({ text: cellValue, hyperlink }, style?.numFmt);
    return normaliseCell(cellValue, style?.numFmt);
  }

  private rememberedText(text: string): SheetCell {
    if (text.length > MAX_SHORT_LENGTH) return textCell(text);
    let cell = this.shortTextCells.get(text);
    if (cell === undefined) {
      cell = textCell(text);
      if (this.shortTextCells.size < MAX_SHORT_CELLS) this.shortTextCells.set(text, cell);
    }
    return cell;
  }

  private rememberedNumber(text: string): SheetCell {
    if (text.length > MAX_SHORT_LENGTH) return numberCell(Number.parseFloat(text));
    let cell = this.shortNumberCells.get(text);
    if (cell === undefined) {
      cell = numberCell(Number.parseFloat(text));
      if (this.shortNumberCells.size < MAX_SHORT_CELLS) this.shortNumberCells.set(text, cell);
    }
    return cell;
  }

  /** Applies `<mergeCell ref>` ranges in document order; the master cell is created (empty) if missing. */
  applyMerges(refs: readonly string[]): void {
    const merged = new Set<number>();
    for (const ref of refs) {
      const range = decodeRange(ref);
      if (range === undefined) continue;
      for (let row = range.top; row <= range.bottom; row += 1) {
        for (let column = range.left; column <= range.right; column += 1) {
          const key = row * 20000 + column;
          if (merged.has(key)) throw new CorruptWorkbookError(`merged range ${ref} overlaps another`);
          merged.add(key);
        }
      }
      const masterRow = this.rowAt(range.top);
      let master = masterRow.cells[range.left];
      if (master === undefined) {
        master = EMPTY_CELL;
        setCell(masterRow.cells, range.left, master);
      }
      for (let row = range.top; row <= range.bottom; row += 1) {
        const cells = this.rowAt(row).cells;
        for (let column = row === range.top ? range.left + 1 : range.left; column <= range.right; column += 1) setCell(cells, column, master);
      }
    }
  }

  result(): SheetRow[] {
    const rows: SheetRow[] = [];
    for (const row of this.rows) if (row !== undefined) rows.push(row);
    return rows;
  }

  private rowAt(number: number): MutableRow {
    let row = this.rows[number - 1];
    if (row === undefined) {
      row = { number, cells: [] };
      while (this.rows.length < number - 1) this.rows.push(undefined);
      this.rows[number - 1] = row;
    }
    return row;
  }
}

interface FormulaParts {
  readonly formula: string | undefined;
  readonly shareType: string | undefined;
  readonly ref: string | undefined;
  readonly si: string | undefined;
}

/** The general case of a cell's content: `<f>`, `<v>` and `<is>` in any combination. */
function readCellContent(xml: string, from: number, before: number): { valueText?: string; inline?: XlsxString; formula?: FormulaParts } {
  const content: { valueText?: string; inline?: XlsxString; formula?: FormulaParts } = {};
  const formulaStart = findStartTag(xml, 'f', from, before);
  if (formulaStart !== -1) {
    const tag = readStartTag(xml, formulaStart);
    const text = tag.selfClosing ? '' : decodeText(rawContent(xml, tag.end, 'f').raw);
    content.formula = { formula: text === '' ? undefined : text, shareType: tag.attributes.t, ref: tag.attributes.ref, si: tag.attributes.si };
  }
  const valueStart = findStartTag(xml, 'v', from, before);
  if (valueStart !== -1) {
    const tag = readStartTag(xml, valueStart);
    const raw = tag.selfClosing ? '' : rawContent(xml, tag.end, 'v').raw;
    if (raw !== '') content.valueText = decodeText(raw);
  }
  const inlineStart = findStartTag(xml, 'is', from, before);
  if (inlineStart !== -1) {
    const tag = readStartTag(xml, inlineStart);
    const inline = tag.selfClosing ? undefined : readInlineString(rawContent(xml, tag.end, 'is').raw);
    if (inline !== undefined) content.inline = inline;
  }
  return content;
}

/** exceljs's serial → Date: milliseconds rounded, 1904 dates shifted by 1462 days. */
function serialToDate(serial: XlsxCellValue, date1904: boolean): Date {
  return new Date(Math.round((Number(serial) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

function setCell(cells: (SheetCell | undefined)[], index: number, cell: SheetCell): void {
  while (cells.length < index) cells.push(undefined);
  cells[index] = cell;
}

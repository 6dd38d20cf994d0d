import { inflateRawSync } from 'node:zlib';

/**
 * Just enough of the zip format to read the parts of an .xlsx: the central
 * directory names every entry, and each entry is inflated on demand with
 * node's native zlib. Parts we never ask for (images, themes) are never inflated.
 */
export interface ZipArchive {
  /** Entry names as stored, a leading "/" removed (some writers add one). */
  readonly names: readonly string[];
  /** Bytes of an entry, or undefined when the archive has no such entry. */
  read(name: string): Buffer | undefined;
}

/** Thrown for a zip or workbook part exceljs could not have read either; readXlsx turns it into UNREADABLE_INPUT. */
export class CorruptWorkbookError extends Error {}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;
const MIN_CHUNK = 64 * 1024;
/** A stored size beyond this is not trusted for a single allocation. */
const MAX_CHUNK = 512 * 1024 * 1024;

interface Entry {
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

/**
 * @example openZip(bytes).read('xl/workbook.xml')?.toString('utf8')
 * @throws CorruptWorkbookError when there is no central directory or it points outside the file.
 */
export function openZip(bytes: Uint8Array): ZipArchive {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readCentralDirectory(buffer);
  return {
    names: [...entries.keys()],
    read: (name) => {
      const entry = entries.get(name);
      return entry ? inflateEntry(buffer, entry, name) : undefined;
    },
  };
}

function readCentralDirectory(buffer: Buffer): Map<string, Entry> {
  const end = findEndOfCentralDirectory(buffer);
  let count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    // Zip64: the real numbers are in the zip64 end record the locator points to.
    const locator = end - 20;
    if (locator < 0 || buffer.readUInt32LE(locator) !== ZIP64_END_LOCATOR) throw new CorruptWorkbookError('zip64 locator missing');
    const record = Number(buffer.readBigUInt64LE(locator + 8));
    if (record + 56 > buffer.length || buffer.readUInt32LE(record) !== ZIP64_END_OF_CENTRAL_DIRECTORY) throw new CorruptWorkbookError('zip64 end record missing');
    count = Number(buffer.readBigUInt64LE(record + 32));
    offset = Number(buffer.readBigUInt64LE(record + 48));
  }
  const entries = new Map<string, Entry>();
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) throw new CorruptWorkbookError('bad central directory entry');
    const flags = buffer.readUInt16LE(offset + 8);
    const method = buffer.readUInt16LE(offset + 10);
    let compressedSize = buffer.readUInt32LE(offset + 20);
    let size = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    let localHeaderOffset = buffer.readUInt32LE(offset + 42);
    const nameStart = offset + 46;
    if (nameStart + nameLength + extraLength > buffer.length) throw new CorruptWorkbookError('central directory truncated');
    let name = buffer.toString('utf8', nameStart, nameStart + nameLength);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      ({ size, compressedSize, localHeaderOffset } = zip64Sizes(buffer, nameStart + nameLength, extraLength, { size, compressedSize, localHeaderOffset }));
    }
    if ((flags & ENCRYPTED_FLAG) !== 0) throw new CorruptWorkbookError('encrypted zip entries are not supported');
    if (name.startsWith('/')) name = name.slice(1);
    if (!name.endsWith('/')) entries.set(name, { method, compressedSize, size, localHeaderOffset });
    offset = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const lowest = Math.max(0, buffer.length - 22 - MAX_COMMENT);
  for (let position = buffer.length - 22; position >= lowest; position -= 1) {
    if (buffer.readUInt32LE(position) === END_OF_CENTRAL_DIRECTORY) return position;
  }
  throw new CorruptWorkbookError('end of central directory not found');
}

function zip64Sizes(buffer: Buffer, start: number, length: number, sizes: { size: number; compressedSize: number; localHeaderOffset: number }) {
  let { size, compressedSize, localHeaderOffset } = sizes;
  for (let position = start; position + 4 <= start + length; ) {
    const id = buffer.readUInt16LE(position);
    const fieldLength = buffer.readUInt16LE(position + 2);
    if (id === 0x0001) {
      // Only the fields whose 32-bit value overflowed are present, in this order.
      let field = position + 4;
      if (size === 0xffffffff) (size = Number(buffer.readBigUInt64LE(field))), (field += 8);
      if (compressedSize === 0xffffffff) (compressedSize = Number(buffer.readBigUInt64LE(field))), (field += 8);
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = Number(buffer.readBigUInt64LE(field));
      break;
    }
    position += 4 + fieldLength;
  }
  return { size, compressedSize, localHeaderOffset };
}

function inflateEntry(buffer: Buffer, entry: Entry, name: string): Buffer {
  const header = entry.localHeaderOffset;
  if (header + 30 > buffer.length || buffer.readUInt32LE(header) !== LOCAL_FILE_HEADER) throw new CorruptWorkbookError(`bad local header for ${name}`);
  const dataStart = header + 30 + buffer.readUInt16LE(header + 26) + buffer.readUInt16LE(header + 28);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > buffer.length) throw new CorruptWorkbookError(`${name} is truncated`);
  const data = buffer.subarray(dataStart, dataEnd);
  if (entry.method === STORED) return data;
  if (entry.method !== DEFLATED) throw new CorruptWorkbookError(`${name} uses unsupported compression method ${entry.method}`);
  try {
    // One output chunk of the stored size spares zlib gathering chunks and concatenating them.
    const chunkSize = entry.size > MIN_CHUNK && entry.size < MAX_CHUNK ? entry.size + 1 : MIN_CHUNK;
    return inflateRawSync(data, { chunkSize });
  } catch (cause) {
    throw new CorruptWorkbookError(`${name} cannot be inflated`, { cause });
  }
}

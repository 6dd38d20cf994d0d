import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { announceCommand } from '../../src/cli/commands/announce.js';
import { paragraphTexts } from '../../src/render/docx/paragraphs.js';

const out = mkdtempSync(join(tmpdir(), 'announce-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface AnnounceJson {
  docNumber: { docNumber: string; reused: boolean };
  publicity: { start: string; end: string };
  documents: { path: string; status: string; kind: string; format: string; docNumber: string | null }[];
}

async function announce(date: string): Promise<AnnounceJson> {
  const written: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await announceCommand.run([
      'data/leshan-2020/applications.xlsx',
      '--scores',
      'data/leshan-2020/scores.xlsx',
      '--campaign',
      'leshan-2020',
      '--date',
      date,
      '--publicity-start',
      '2020-11-20',
      '--format',
      'docx',
      '--out',
      out,
      '--json',
    ]);
    expect(code).toBe(0);
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  return JSON.parse(written.join('')) as AnnounceJson;
}

describe('studio-docs announce', () => {
  it('numbers the decision from the registry, keeps the number on an identical re-run and takes the next one for new content', async () => {
    const first = await announce('2020-11-30');
    expect(first.docNumber).toEqual(expect.objectContaining({ docNumber: '乐工经〔2020〕25号', reused: false }));
    expect(first.publicity).toEqual(expect.objectContaining({ start: '2020-11-20', end: '2020-11-26' }));
    expect(first.documents.map((doc) => `${doc.kind}.${doc.format}`)).toEqual(['ranked-list.docx', 'publicity.docx', 'decision.docx']);
    const decision = first.documents.find((doc) => doc.kind === 'decision');
    expect(decision?.docNumber).toBe('乐工经〔2020〕25号');
    const texts = paragraphTexts(new PizZip(readFileSync(decision?.path ?? '')).file('word/document.xml')?.asText() ?? '');
    expect(texts).toContain('乐工经〔2020〕25号');
    expect(texts).toContain('2020年11月30日');

    const again = await announce('2020-11-30');
    expect(again.docNumber).toEqual(expect.objectContaining({ docNumber: '乐工经〔2020〕25号', reused: true }));
    expect(again.documents.every((doc) => doc.status === 'unchanged')).toBe(true);

    const redated = await announce('2020-12-01');
    expect(redated.docNumber).toEqual(expect.objectContaining({ docNumber: '乐工经〔2020〕26号', reused: false }));
  }, 120_000);
});

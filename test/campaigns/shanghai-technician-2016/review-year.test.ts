import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCampaign } from '../../../src/campaigns/load.js';
import { StudioDocsError } from '../../../src/core/errors.js';
import { renderForms, selectForReview } from '../../../src/jobs/forms.js';
import { paragraphTexts } from '../../../src/render/docx/paragraphs.js';
import { validStudios } from '../../../src/validate/index.js';
import { runCli, tempDir } from '../../cli/run-cli.js';
import { documentXml } from '../../render/docx/helpers.js';
import { bundle, sampleReport, SAMPLE_WORKBOOK, technician } from './fixtures.js';

async function sampleStudios() {
  return validStudios((await sampleReport()).report);
}

/** DOCX documents under an output folder, relative paths sorted. */
function documentsUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile() && name.endsWith('.docx'))
    .sort();
}

describe('choosing the studios whose management cycle ends in a review year', () => {
  it('picks the valid studios named in 2016 for 2019, and the same ones again for their second cycle in 2022', async () => {
    const studios = await sampleStudios();
    expect(studios).toHaveLength(9);
    const in2019 = selectForReview(studios, technician, 2019);
    expect(in2019.map(({ studio }) => studio.namedDate?.slice(0, 4))).toEqual(['2016', '2016', '2016', '2016']);
    expect(selectForReview(studios, technician, 2022).map(({ key }) => key)).toEqual(in2019.map(({ key }) => key));
  });

  it('picks the 2017 and 2018 studios in 2020 and 2021, and none in a year no cycle ends', async () => {
    const studios = await sampleStudios();
    expect(selectForReview(studios, technician, 2020).map(({ studio }) => studio.namedDate)).toEqual(['2017-11-28', '2017-11']);
    expect(selectForReview(studios, technician, 2021).map(({ studio }) => studio.namedDate)).toEqual(['2018-12', '2018-12-18', '2018-12']);
    expect(selectForReview(studios, technician, 2018)).toEqual([]);
  });

  it('refuses a campaign that has no management cycles', async () => {
    const studios = await sampleStudios();
    const shanghai2020 = loadCampaign('shanghai-2020').campaign;
    expect(() => selectForReview(studios, shanghai2020, 2019)).toThrow(StudioDocsError);
    expect(() => selectForReview(studios, shanghai2020, 2019)).toThrow(/没有管理周期/);
  });

  it('renders the review forms of the second cycle with that cycle’s dates', async () => {
    const selected = selectForReview(await sampleStudios(), technician, 2022);
    const documents = [];
    for await (const document of renderForms(selected, bundle, { formats: ['docx'], reviewYear: 2022 })) documents.push(document);
    expect(documents).toHaveLength(4);
    for (const document of documents) {
      const subtitle = paragraphTexts(documentXml(document.bytes))[1] ?? '';
      expect(subtitle).toMatch(/^（第2个管理周期：2019年12月(20日)?至2022年12月(20日)?）$/);
    }
  });
});

describe('studio-docs render --review-year', () => {
  const render = (args: string[]) => {
    const out = tempDir();
    const run = runCli(['render', SAMPLE_WORKBOOK, '--campaign', 'shanghai-technician-2016', '--format', 'docx', '--out', out, ...args]);
    return { run, out };
  };

  it('writes the 周期考核表 only for the studios whose cycle ends in that year', () => {
    const { run, out } = render(['--review-year', '2019']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('管理周期在2019年结束的工作室：4 个');
    const documents = documentsUnder(out);
    expect(documents).toHaveLength(4);
    expect(documents.every((name) => name.startsWith('周期考核表/') && name.endsWith('-周期考核表.docx'))).toBe(true);
    const subtitles = documents.map((name) => paragraphTexts(documentXml(readFileSync(join(out, name))))[1]);
    expect(subtitles.every((text) => /^（第1个管理周期：2016年12月(20日)?至2019年12月(20日)?）$/.test(text ?? ''))).toBe(true);
  });

  it('writes every valid studio without the option', () => {
    const { run, out } = render([]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(documentsUnder(out)).toHaveLength(9);
  });

  it('rejects a year that is not a year, and a campaign without cycles, as usage errors', () => {
    expect(render(['--review-year', '19']).run.status).toBe(2);
    const other = runCli(['render', SAMPLE_WORKBOOK, '--campaign', 'shanghai-2020', '--format', 'docx', '--out', tempDir(), '--review-year', '2019']);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('没有管理周期');
  });
});

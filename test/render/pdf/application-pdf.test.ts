import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCampaign } from '../../../src/campaigns/load.js';
import type { Form } from '../../../src/campaigns/schema.js';
import type { Studio } from '../../../src/model/schema.js';
import type { HtmlTemplate } from '../../../src/render/pdf/index.js';
import { compactPdfText, embeddedFonts, pdffontsNames, pdfText } from '../../fixtures/pdf-inspect.js';
import { compileFormHtml, useFormPdfPrinter } from '../../fixtures/pdf-render.js';
import { CRAFTSMAN_STUDIO, HOSTILE_STUDIO, SPARSE_STUDIO, WOMEN_STUDIO } from '../../fixtures/studios.js';

const { campaign, assets } = loadCampaign('shanghai-2020');
const form = campaign.forms.find((candidate) => candidate.id === 'application') as Form;
const template: HtmlTemplate = compileFormHtml(assets.get(form.html as string), campaign, form);
const pdfs = useFormPdfPrinter();

function renderOne(studio: Studio): Promise<Uint8Array> {
  return pdfs.print(template, studio, campaign, form);
}

describe('the 附件2 application form printed to PDF', () => {
  let craftsmanPdf: Uint8Array;
  beforeAll(async () => {
    craftsmanPdf = await renderOne(CRAFTSMAN_STUDIO);
  });

  it('shows the attachment number, the title and every section of the official form', () => {
    const text = compactPdfText(craftsmanPdf);
    for (const phrase of [
      '附件2',
      '2020年度上海市工匠（技师、职工、巾帼）创新工作室申请表',
      '工作室名称', '工作室技术专长', '申报类型（勾选）', '申报单位', '所属系统', '单位性质', '所属行业', '单位地址', '邮政编码',
      '专利情况', '领衔人姓名', '职务', '联系方式', '性别', '年龄', '学历', '工种', '工作年限', '技能等级', '职称',
      '领衔人户籍属性', '户籍地', '领衔人曾获荣誉', '工作室其他成员情况', '职称（技能等级）',
      '工作室介绍（800字左右，包括主要技术创新成果）', '工作室曾获荣誉',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('prints the studio, its leader, every member and the whole introduction', () => {
    const text = compactPdfText(craftsmanPdf);
    for (const value of ['张建国工匠创新工作室', '精密数控加工', '上海申华精密机械有限公司', '上海市浦东新区金科路100号', '201203', '张建国', '数控车间主任', '13800138000', '2019年“上海工匠”']) {
      expect(text).toContain(value);
    }
    for (const member of CRAFTSMAN_STUDIO.members) expect(text).toContain(member.name);
    for (const paragraph of (CRAFTSMAN_STUDIO.intro ?? '').split('\n')) expect(text).toContain(paragraph.replace(/\s+/g, ''));
    expect(text).toContain('高级工程师'); // 王海涛's 职称（技能等级）
  });

  it('ticks exactly the boxes that match the studio', () => {
    const text = pdfText(craftsmanPdf);
    expect(text).toMatch(/☑\s*工匠工作室/);
    for (const other of ['技师工作室', '职工工作室', '巾帼工作室']) expect(text).toMatch(new RegExp(`☐\\s*${other}`));
    expect(text).toMatch(/☑\s*发明专利\s*2\s*项/);
    expect(text).toMatch(/☑\s*实用新型\s*5\s*项/);
    expect(text).toMatch(/☐\s*外观设计\s*0\s*项/);
    expect(text).toMatch(/☑\s*高级技师/);
    expect(text).toMatch(/☐\s*技师\s/);
    expect(text).toMatch(/☑\s*中级/);
    expect(text).toMatch(/☑\s*非农业/);
    expect(text).toMatch(/☐\s*农业/);
    expect(text).toMatch(/☑\s*本市/);
    expect(text).toMatch(/☐\s*外省市/);
    expect(text.match(/☑/g)).toHaveLength(7);
  });

  it('ticks other boxes for a 巾帼 studio with a rural, out-of-town leader', async () => {
    const text = pdfText(await renderOne(WOMEN_STUDIO));
    expect(text).toMatch(/☑\s*巾帼工作室/);
    expect(text).toMatch(/☐\s*工匠工作室/);
    expect(text).toMatch(/☑\s*无/);
    expect(text).toMatch(/☑\s*高级/);
    expect(text).toMatch(/☑\s*农业/);
    expect(text).toMatch(/☑\s*外省市/);
  });

  it('never prints undefined, null or NaN, even for a studio with almost no data', async () => {
    const sparse = pdfText(await renderOne(SPARSE_STUDIO));
    expect(sparse.replace(/\s+/g, '')).toContain('稀疏数据职工创新工作室');
    for (const text of [sparse, pdfText(craftsmanPdf)]) expect(text).not.toMatch(/undefined|null|NaN|\[object/);
    const lines = sparse.split('\n');
    const header = lines.findIndex((line) => /姓名\s+年龄\s+学历/.test(line));
    expect(lines.slice(header + 1).find((line) => line.trim())?.trim()).toBe('无'); // the empty members table says so
  });

  it('uses only the chosen fonts: Noto CJK (its GB2312 subsets) for text, DejaVu Sans for the checkbox glyphs alone', async () => {
    const fonts = await embeddedFonts(craftsmanPdf);
    const names = new Set(fonts.map((font) => font.name));
    expect([...names].sort()).toEqual(['DejaVuSans', 'StudioDocsNotoSansSC-Regular', 'StudioDocsNotoSerifSC-Bold', 'StudioDocsNotoSerifSC-Regular']);
    const dejavu = fonts.filter((font) => font.name === 'DejaVuSans');
    expect(dejavu.every((font) => font.subtype === '/Type0')).toBe(true);
    for (const font of dejavu) {
      expect([...font.unicode].every((point) => point >= 0x2610 && point <= 0x2612)).toBe(true);
    }
    // pdffonts names only the non-Type-3 fonts: the checkbox font and nothing else.
    expect(new Set(pdffontsNames(craftsmanPdf))).toEqual(new Set(['DejaVuSans']));
  });

  it('prints a character outside GB2312 from the full font of the same design', async () => {
    // 堃 and 喆 (GBK, not GB2312) are common in given names.
    const pdf = await renderOne({ ...CRAFTSMAN_STUDIO, leader: { ...CRAFTSMAN_STUDIO.leader, name: '王堃喆' } });
    expect(compactPdfText(pdf)).toContain('王堃喆');
    const names = new Set((await embeddedFonts(pdf)).map((font) => font.name));
    expect(names).toContain('StudioDocsNotoSerifSC-Regular');
    expect(names).toContain('NotoSerifCJKsc-Regular');
  });

  it('gives byte-identical PDFs for identical input, with fixed metadata instead of the print time', async () => {
    const again = await renderOne(CRAFTSMAN_STUDIO);
    expect(Buffer.from(again).equals(Buffer.from(craftsmanPdf))).toBe(true);
    const raw = Buffer.from(craftsmanPdf).toString('latin1');
    expect(raw).toContain('/CreationDate (D:20201021160000Z)');
    expect(raw).not.toContain('HeadlessChrome');
    expect(raw).not.toContain('Skia');
  });

  it('prints hostile text literally: braces, tags, entities and emoji are neither markup nor template', async () => {
    const studio: Studio = { ...HOSTILE_STUDIO, honours: '荣誉😀{{studioName}}' };
    const pdf = await renderOne(studio);
    const text = compactPdfText(pdf);
    for (const literal of [
      '{specialty}{#members}{/members}｛全角｝',
      'A&B<w:p>公司',
      '<script>alert(1)',
      '</script>路',
      '"引号"\'单引号\'&符号',
      '<w:br/>',
      '&amp;',
      '第一段写着{studioName}，不应被替换。',
      '第二段有<b>粗体</b>&符号',
      '荣誉😀{{studioName}}',
      '{name}',
      '<w:p>',
      'A&B',
    ]) {
      expect(text).toContain(literal);
    }
    expect(text).not.toMatch(/undefined|null|NaN/);
  });
});

describe('the printer itself', () => {
  it('fetches nothing over the network and runs no scripts, even when the HTML asks it to', async () => {
    let requests = 0;
    const server = createServer((_request, response) => {
      requests += 1;
      response.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const pdf = await pdfs.printer().print({
        paper: { widthMm: 210, heightMm: 297 },
        html:
          `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="${url}/a.css"></head>` +
          `<body><p id="p">静态文字</p><img src="${url}/seal.png"><script>document.getElementById('p').textContent = '脚本改写';</script></body></html>`,
      });
      const text = pdfText(pdf);
      expect(text).toContain('静态文字');
      expect(text).not.toContain('脚本改写');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(requests).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { buildPublicityContent } from '../../src/announcements/content.js';
import { publicityPeriod } from '../../src/announcements/working-days.js';
import { loadCampaign } from '../../src/campaigns/load.js';
import { SHANGHAI_SELECTION } from '../fixtures/selection.js';

describe('公示期 in working days', () => {
  it('skips the weekend: 5 working days from Thursday 3 December 2020 end on Wednesday 9 December', () => {
    expect(publicityPeriod('2020-12-03', 5)).toEqual({ start: '2020-12-03', end: '2020-12-09', workingDays: 5 });
  });

  it('starts on the next Monday when the start day is a Saturday', () => {
    expect(publicityPeriod('2020-12-05', 5)).toEqual({ start: '2020-12-07', end: '2020-12-11', workingDays: 5 });
  });

  it('rejects a day that does not exist', () => {
    expect(() => publicityPeriod('2020-02-30', 5)).toThrow(/YYYY-MM-DD/);
  });

  it('states the period, the objection procedure and the contact details from the campaign file', () => {
    const { campaign } = loadCampaign('shanghai-2020');
    const notice = buildPublicityContent(SHANGHAI_SELECTION, campaign, { date: '2020-12-03', publicityStart: '2020-12-04' });
    expect(notice.title).toBe('关于2020年度上海市工匠（技师、职工、巾帼）创新工作室拟命名名单的公示');
    expect(notice.closing).toContain('公示期为5个工作日，自2020年12月4日起至2020年12月10日止。');
    expect(notice.closing.join('')).toMatch(/个人须署真实姓名.*单位须加盖公章/);
    expect(notice.paragraphs[0]).toContain('拟命名以下4个工作室为2020年度上海市工匠（技师、职工、巾帼）创新工作室');
    expect(notice.contact).toEqual([
      '联系单位：上海市职工技协服务中心',
      '联系人：王奇峰、徐雅萍',
      '联系电话：55885592　传真：55885591',
      '地址：曹杨路147号2楼　邮编：200063',
      '电子邮箱：jscxgzs@126.com',
    ]);
  });
});

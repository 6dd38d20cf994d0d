import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFilter, documentCondition } from '../../src/archive/search.js';
import type { ArchiveFilter } from '../../src/archive/search.js';
import type { Registry } from '../../src/io/registry.js';
import { bytesOf, facts, tempArchive, writerFor } from './helpers.js';

describe('searching the archive', () => {
  let registry: Registry;
  beforeAll(() => {
    const archive = tempArchive();
    registry = archive.open();
    const writer = writerFor(registry, archive.out);
    writer.issue('申请表/浦东/张建国-申请表.docx', bytesOf('1'), facts());
    writer.issue('决定/命名决定.docx', bytesOf('2'), facts({ formId: 'decision', formLabel: '命名决定', docNumber: '沪工技中〔2020〕12号' }));
    writer.issue('申请表/徐汇/李明-申请表.docx', bytesOf('3'), facts({ studioKey: 'T-002', studioName: '李明技师创新工作室', leader: '李明', unit: '上海某某机械有限公司', recommender: '徐汇区总工会' }));
    writer.issue('2021/申请表/ABC-申请表.docx', bytesOf('4'), facts({ campaign: 'shanghai-2021', year: 2021, studioKey: 'T-003', studioName: 'ABC Robotics 创新工作室', leader: '王强', unit: '上海ABC机器人有限公司', recommender: '闵行区总工会' }));
    writer.issue('申请表/闵行/百分百-申请表.docx', bytesOf('5'), facts({ studioKey: 'T-004', studioName: '100%匠心工作室', leader: '赵六', unit: '上海闵行百分百有限公司', recommender: '闵行区总工会' }));
    writer.finish('finished');
  });
  afterAll(() => registry.close());

  const names = (filter: ArchiveFilter) => registry.documents(filter).map((doc) => `${doc.studioName}/${doc.formLabel}`);

  it('lists everything without a filter', () => {
    expect(registry.documents()).toHaveLength(5);
  });

  it('finds by part of the studio name, the leader, the unit and the recommender', () => {
    expect(names({ studio: '技师' })).toEqual(['李明技师创新工作室/申请表']);
    expect(names({ leader: '张建' })).toEqual(['张建国工匠创新工作室/申请表', '张建国工匠创新工作室/命名决定']);
    expect(names({ unit: '某某机械' })).toEqual(['李明技师创新工作室/申请表']);
    expect(names({ recommender: '闵行' })).toEqual(['100%匠心工作室/申请表', 'ABC Robotics 创新工作室/申请表']);
  });

  it('finds by year and by campaign', () => {
    expect(names({ year: 2021 })).toEqual(['ABC Robotics 创新工作室/申请表']);
    expect(names({ campaign: '2021' })).toEqual(['ABC Robotics 创新工作室/申请表']);
    expect(registry.documents({ year: 2020 })).toHaveLength(4);
  });

  it('finds by document number, ignoring full-width/half-width differences', () => {
    expect(names({ docNumber: '〔2020〕12' })).toEqual(['张建国工匠创新工作室/命名决定']);
    expect(names({ docNumber: '１２号' })).toEqual(['张建国工匠创新工作室/命名决定']);
  });

  it('ignores case, full-width letters and spaces in the query', () => {
    expect(names({ studio: 'abc robotics' })).toEqual(['ABC Robotics 创新工作室/申请表']);
    expect(names({ studio: 'ＡＢＣＲＯＢＯＴＩＣＳ' })).toEqual(['ABC Robotics 创新工作室/申请表']);
  });

  it('takes % and _ in the query literally', () => {
    expect(names({ studio: '%' })).toEqual(['100%匠心工作室/申请表']);
    expect(names({ studio: '_' })).toEqual([]);
  });

  it('combines filters with AND, and matches free text against studio, leader, unit, recommender and document number', () => {
    expect(names({ recommender: '闵行', year: 2020 })).toEqual(['100%匠心工作室/申请表']);
    expect(names({ text: '李明' })).toEqual(['李明技师创新工作室/申请表']);
    expect(names({ text: '徐汇' })).toEqual(['李明技师创新工作室/申请表']);
    expect(names({ text: '沪工技中' })).toEqual(['张建国工匠创新工作室/命名决定']);
    expect(names({ text: '不存在的名字' })).toEqual([]);
  });

  it('builds parameterised SQL, never splicing the query into the statement', () => {
    const condition = documentCondition({ studio: "'; DROP TABLE documents; --" });
    expect(condition.where).not.toContain('DROP');
    expect(names({ studio: "'; DROP TABLE documents; --" })).toEqual([]);
    expect(registry.documents()).toHaveLength(5);
  });

  it('describes a filter in words for the listing header', () => {
    expect(describeFilter({ leader: '张', year: 2020, docNumber: '12号' })).toBe('领衔人含“张”，文号含“12号”，2020年度');
  });
});

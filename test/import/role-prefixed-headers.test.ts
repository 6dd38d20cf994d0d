import { describe, expect, it } from 'vitest';
import { matchHeader, normaliseHeader } from '../../src/import/header-match.js';

const fieldOf = (header: string) => matchHeader(normaliseHeader(header), 'studio')?.field.key;

describe('headers that start with the leader’s role word', () => {
  it('read the rest of the header: 领衔人手机 is the phone, 负责人学历 the education', () => {
    expect(fieldOf('领衔人手机')).toBe('leaderPhone');
    expect(fieldOf('负责人学历')).toBe('leaderEducation');
    expect(fieldOf('领衔人姓名')).toBe('leaderName');
    expect(fieldOf('领衔人')).toBe('leaderName');
  });
  it('never take a longer header that merely contains the role word for the leader’s name', () => {
    expect(fieldOf('领衔人获得荣誉情况说明')).not.toBe('leaderName');
  });
  it('know 文化程度 as education', () => {
    expect(fieldOf('文化程度')).toBe('leaderEducation');
    expect(matchHeader(normaliseHeader('文化程度'), 'member')?.field.key).toBe('education');
  });
});

import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  const stream = { isTTY, write: (text: string) => (written.push(text), true) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('progress on stderr', () => {
  it('redraws one bar with count, rate and time left in a terminal', () => {
    let now = 0;
    const { stream, written } = fakeStream(true);
    const progress = createProgress('生成申请表', 100, stream, () => now);
    now = 1000;
    progress.tick(10);
    now = 2000;
    progress.tick(10);
    progress.done();
    expect(written[0]).toMatch(/^\r\[#+-+\] 生成申请表 10\/100（10 个\/秒，预计还需 9 秒）/);
    expect(written[1]).toMatch(/^\r\[#+-+\] 生成申请表 20\/100（10 个\/秒，预计还需 8 秒）/);
    expect(written.at(-1)).toBe('\n');
  });

  it('writes plain lines to a log: none for the first seconds, then every five seconds, and the final count', () => {
    let now = 0;
    const { stream, written } = fakeStream(false);
    const progress = createProgress('生成申请表', 1000, stream, () => now);
    for (let step = 1; step <= 1000; step += 1) {
      now = step * 10; // 100 documents a second: ten seconds in all
      progress.tick();
    }
    progress.done();
    expect(written.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
    expect(written.map((line) => line.match(/ (\d+)\/1000/)?.[1])).toEqual(['200', '700', '1000']);
    expect(written.at(-1)).toContain('生成申请表 1000/1000（100 个/秒');
  });

  it('estimates the time left from the recent pace, not the average since the start', () => {
    let now = 0;
    const { stream, written } = fakeStream(false);
    const progress = createProgress('生成申请表', 3000, stream, () => now);
    // 2,000 fast documents in 2 s, then 10 a second.
    for (let step = 1; step <= 2000; step += 1) {
      now = step;
      progress.tick();
    }
    for (let step = 1; step <= 300; step += 1) {
      now = 2000 + step * 100;
      progress.tick();
    }
    const last = written.at(-1) ?? '';
    expect(last).toContain('2300/3000');
    expect(last).toMatch(/（10 个\/秒，预计还需 1 分 10 秒）/);
  });

  it('says nothing but the final count for a short job in a log', () => {
    let now = 0;
    const { stream, written } = fakeStream(false);
    const progress = createProgress('核对文书', 3, stream, () => now);
    for (let step = 0; step < 3; step += 1) {
      now += 5;
      progress.tick();
    }
    expect(written).toHaveLength(1);
    expect(written[0]).toContain('核对文书 3/3');
  });
});

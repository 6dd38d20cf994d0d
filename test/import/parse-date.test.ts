import { describe, expect, it } from 'vitest';
import { dateFromNumber, dateFromSerial, dateFromText } from '../../src/import/parse-date.js';

describe('Excel serial dates', () => {
  it('counts the 1900 system with its phantom 29 February 1900', () => {
    expect(dateFromSerial(1, false)).toEqual({ iso: '1900-01-01', notes: [] });
    expect(dateFromSerial(59, false)).toEqual({ iso: '1900-02-28', notes: [] });
    expect(dateFromSerial(60, false)).toEqual({ error: 'invalid' });
    expect(dateFromSerial(61, false)).toEqual({ iso: '1900-03-01', notes: [] });
    expect(dateFromSerial(27463, false)).toEqual({ iso: '1975-03-10', notes: [] });
  });
  it('counts the 1904 system from 1 January 1904', () => {
    expect(dateFromSerial(0, true)).toEqual({ iso: '1904-01-01', notes: [] });
    expect(dateFromSerial(26001, true)).toEqual({ iso: '1975-03-10', notes: [] });
  });
  it('rejects serials that are not days', () => {
    expect(dateFromSerial(-3, false)).toEqual({ error: 'invalid' });
    expect(dateFromSerial(3_000_000, false)).toEqual({ error: 'invalid' });
  });
});

describe('numbers in a date column', () => {
  it('reads typed years, yyyymm and yyyymmdd before trying a serial', () => {
    expect(dateFromNumber(2016, false)).toEqual({ iso: '2016-01', notes: ['yearOnly'] });
    expect(dateFromNumber(201603, false)).toEqual({ iso: '2016-03', notes: [] });
    expect(dateFromNumber(20160309, false)).toEqual({ iso: '2016-03-09', notes: [] });
    expect(dateFromNumber(1975.12, false)).toEqual({ iso: '1975-12', notes: [] });
  });
  it('rejects a six-digit number that is neither a month nor a plausible serial', () => {
    expect(dateFromNumber(197513, false)).toEqual({ error: 'invalid' });
  });
});

describe('text dates', () => {
  it('accepts 月份 and 号 and the year alone', () => {
    expect(dateFromText('2016年3月份')).toEqual({ iso: '2016-03', notes: [] });
    expect(dateFromText('2016年3月9号')).toEqual({ iso: '2016-03-09', notes: [] });
    expect(dateFromText('2016')).toEqual({ iso: '2016-01', notes: ['yearOnly'] });
  });
  it('picks the century that keeps a two-digit year on or before the reference year', () => {
    expect(dateFromText('18.6', 2020)).toEqual({ iso: '2018-06', notes: ['twoDigitYear'] });
    expect(dateFromText('85.6', 2020)).toEqual({ iso: '1985-06', notes: ['twoDigitYear'] });
    expect(dateFromText('85.6')).toEqual({ error: 'needsCentury' });
  });
});

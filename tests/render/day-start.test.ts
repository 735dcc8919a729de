import { describe, expect, it } from 'vitest';
import { dayStart } from '../../src/render/day-start.js';

describe('dayStart', () => {
  it('is midnight in the time zone, with that day\'s offset', () => {
    expect(dayStart('2020-01-03', 'UTC')).toEqual({ iso: '2020-01-03T00:00:00+00:00', instant: new Date('2020-01-03T00:00:00Z') });
    expect(dayStart('2020-01-03', 'America/New_York').iso).toBe('2020-01-03T00:00:00-05:00');
    expect(dayStart('2020-07-03', 'America/New_York').iso).toBe('2020-07-03T00:00:00-04:00');
    expect(dayStart('2020-07-03', 'Asia/Kolkata').instant.toISOString()).toBe('2020-07-02T18:30:00.000Z');
  });

  it('uses the offset in force at midnight on the day the clocks change', () => {
    expect(dayStart('2020-03-08', 'America/New_York').iso).toBe('2020-03-08T00:00:00-05:00');
    expect(dayStart('2020-11-01', 'America/New_York').iso).toBe('2020-11-01T00:00:00-04:00');
  });

  it('answers a date asked again as the first time, in each time zone, with a Date of its own', () => {
    const first = dayStart('2021-06-01', 'Europe/Berlin');
    first.instant.setTime(0);
    expect(dayStart('2021-06-01', 'Europe/Berlin')).toEqual({ iso: '2021-06-01T00:00:00+02:00', instant: new Date('2021-05-31T22:00:00Z') });
    expect(dayStart('2021-06-01', 'America/New_York').iso).toBe('2021-06-01T00:00:00-04:00');
  });
});

import { describe, expect, it } from 'vitest';
import { groupByDate } from '../../src/index/build-index.js';
import { monthHeat } from '../../src/render/month-heat.js';
import { onThisDay } from '../../src/render/on-this-day.js';
import { paginate } from '../../src/render/paginate.js';
import { record, summaries } from '../helpers/records.js';

const years = groupByDate(summaries(['2021-01-03', '2020-03-05', '2020-01-03', '2020-01-03', '2019-01-03'].map((date, index) => record(date, `a${index}`))));

describe('the date archive extras', () => {
  it('finds the same day in other years, newest first', () => {
    expect(onThisDay(years).get('2020-01-03')!.map((day) => day.date)).toEqual(['2021-01-03', '2019-01-03']);
    expect(onThisDay(years).get('2020-03-05')).toEqual([]);
  });

  it('rates each month of a year against its busiest month', () => {
    const heat = monthHeat(years.find((year) => year.year === '2020')!);
    expect(heat).toHaveLength(12);
    expect(heat.slice(0, 3)).toEqual([
      { month: '2020-01', count: 2, level: 4 },
      { month: '2020-02', count: 0, level: 0 },
      { month: '2020-03', count: 1, level: 2 },
    ]);
  });

  it('pages a list with stable paths and links to neighbouring pages', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, (page) => (page > 1 ? `/x/page/${page}/` : '/x/'));
    expect(pages.map((page) => [page.items, page.previous?.path, page.next?.path])).toEqual([
      [[1, 2], undefined, '/x/page/2/'],
      [[3, 4], '/x/', '/x/page/3/'],
      [[5], '/x/page/2/', undefined],
    ]);
    expect(paginate([], 2, () => '/x/')).toEqual([{ items: [], pageNumber: 1, pageCount: 1 }]);
  });
});

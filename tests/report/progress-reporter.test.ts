import { afterEach, describe, expect, it, vi } from 'vitest';
import { Writable } from 'node:stream';
import { createProgressReporter, formatMs, stageLine } from '../../src/report/progress-reporter.js';

/** A stream that keeps what is written to it; `isTTY` as given. */
function capture(isTTY = false): Writable & { text: () => string; isTTY: boolean } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as Writable & { text: () => string; isTTY: boolean };
  stream.text = () => chunks.join('');
  stream.isTTY = isTTY;
  return stream;
}

/** Runs one stage of `total` items through the hooks, advancing the clock by `msPerItem` for each. */
function runStage(reporter: ReturnType<typeof createProgressReporter>, total: number, msPerItem: number): void {
  reporter.hooks.onStageStart?.('extract', total, 'articles');
  for (let done = 1; done <= total; done++) {
    vi.advanceTimersByTime(msPerItem);
    reporter.hooks.onArticle?.(`a${done}.md`, done);
    reporter.hooks.onProgress?.('extract', done);
  }
  reporter.hooks.onStage?.({ stage: 'extract', count: total, unit: 'articles', ms: total * msPerItem });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createProgressReporter', () => {
  it('prints one plain line per stage when not on a terminal', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const stream = capture(false);
    runStage(createProgressReporter(stream, 'normal', false), 100, 20);
    expect(stream.text()).toBe('extract      100 articles\n');
  });

  it('draws a bar with counts and time left for a stage slower than half a second, then leaves the plain line', () => {
    vi.useFakeTimers({ toFake: ['performance', 'Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const stream = capture(true);
    runStage(createProgressReporter(stream, 'normal', true), 100, 20);
    const text = stream.text();
    expect(text).toMatch(/extract {2}[░█]+ \d+\/100 articles · \d+s left/);
    expect(text.endsWith('extract      100 articles\n')).toBe(true);
  });

  it('draws no bar for a quick stage', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const stream = capture(true);
    runStage(createProgressReporter(stream, 'normal', true), 100, 1);
    expect(stream.text()).toBe('extract      100 articles\n');
  });

  it('adds timings and the slowest articles when verbose', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const stream = capture(false);
    const reporter = createProgressReporter(stream, 'verbose', false);
    runStage(reporter, 7, 10);
    reporter.finish();
    expect(stream.text()).toBe(
      'extract        7 articles     70 ms\nslowest articles to extract:\n      7 ms  a7.md\n      6 ms  a6.md\n      5 ms  a5.md\n      4 ms  a4.md\n      3 ms  a3.md\n',
    );
  });

  it('prints nothing when quiet', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const stream = capture(true);
    const reporter = createProgressReporter(stream, 'quiet', true);
    runStage(reporter, 3, 0);
    reporter.finish();
    expect(stream.text()).toBe('');
  });
});

describe('stageLine and formatMs', () => {
  it('align counts and time', () => {
    expect(stageLine({ stage: 'render', count: 565, unit: 'pages', ms: 2170 }, true)).toBe('render       565 pages       2.17 s');
    expect(formatMs(412.4)).toBe('412 ms');
  });
});

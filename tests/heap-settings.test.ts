import { afterEach, describe, expect, it, vi } from 'vitest';

const setFlagsFromString = vi.fn();
vi.mock('node:v8', () => ({ setFlagsFromString, getHeapStatistics: () => ({ used_heap_size: 0 }) }));
const { favourMemoryWhenLarge, LARGE_INDEX_HEAP, limitHeapGrowth } = await import('../src/heap-settings.js');

const execArgv = process.execArgv;
afterEach(() => {
  process.execArgv = execArgv;
  setFlagsFromString.mockClear();
});

describe('limitHeapGrowth', () => {
  it('caps the heap growth factor of the process', () => {
    process.execArgv = [];
    limitHeapGrowth();
    expect(setFlagsFromString).toHaveBeenCalledWith('--heap-growing-percent=30');
  });

  it('leaves a growth factor given to node on its command line alone', () => {
    process.execArgv = ['--heap-growing-percent=80'];
    limitHeapGrowth();
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });
});

describe('favourMemoryWhenLarge', () => {
  it('leaves the collector alone while the indexed heap is not large', () => {
    process.execArgv = [];
    expect(favourMemoryWhenLarge(LARGE_INDEX_HEAP)).toBe(false);
    expect(favourMemoryWhenLarge()).toBe(false);
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });

  it('makes V8 favour memory once the indexed heap is past the bound', () => {
    process.execArgv = [];
    expect(favourMemoryWhenLarge(LARGE_INDEX_HEAP + 1)).toBe(true);
    expect(setFlagsFromString).toHaveBeenCalledWith('--optimize-for-size');
  });

  it('leaves the choice to node when its command line makes it, either way', () => {
    for (const given of ['--optimize-for-size', '--no-optimize_for_size']) {
      process.execArgv = [given];
      expect(favourMemoryWhenLarge(LARGE_INDEX_HEAP * 2)).toBe(false);
    }
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';

const setFlagsFromString = vi.fn();
vi.mock('node:v8', () => ({ setFlagsFromString }));
const { limitHeapGrowth } = await import('../../src/pool/limit-heap-growth.js');

describe('limitHeapGrowth', () => {
  const execArgv = process.execArgv;
  afterEach(() => {
    process.execArgv = execArgv;
    setFlagsFromString.mockClear();
  });

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

import { getHeapStatistics } from 'node:v8';
import { describe, expect, it, vi } from 'vitest';
import { garbageCollector, heapPacer } from '../../electron/core/report/heap-pacer.ts';

// The report process collects its garbage between the PDF's parts (issue 19: 1.8 GB at 10,000
// staff without, 1.3 GB with). It must get V8's collection however it was started, and collect
// only once the heap has grown by the amount set.

describe('the report process\'s heap pacer', () => {
  it('gets V8\'s full collection without a launch flag, and it frees what is no longer held', () => {
    const collect = garbageCollector();
    expect(typeof collect).toBe('function');
    let garbage: { index: number; text: string }[] | null = Array.from({ length: 300_000 }, (_, index) => ({ index, text: `row ${index}` }));
    const held = getHeapStatistics().used_heap_size;
    expect(garbage.length).toBe(300_000);
    garbage = null;
    collect();
    expect(getHeapStatistics().used_heap_size).toBeLessThan(held - 10 * 1024 * 1024);
  });

  it('collects once the heap has grown by the amount set since its last collection, not before', () => {
    const collect = vi.fn();
    const pace = heapPacer(collect, 16 * 1024 * 1024);
    pace();
    expect(collect).not.toHaveBeenCalled();
    // About 30 MB held: more than the amount set.
    const held = Array.from({ length: 400_000 }, (_, index) => ({ index, text: `row ${index}` }));
    pace();
    expect(collect).toHaveBeenCalledTimes(1);
    // Counted from there: nothing more has grown.
    pace();
    expect(collect).toHaveBeenCalledTimes(1);
    expect(held.length).toBe(400_000);
  });
});

import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// The report process's heap, kept in check while the PDF is drawn. The PDF makes garbage fast, and
// V8 left alone lets the heap reach three times what is in use before it collects: 1.8 GB at
// 10,000 staff where 0.4 GB was in use (issue 19, "peak memory"). Collected between the PDF's
// parts once the heap has grown by HEAP_GROWTH_BEFORE_COLLECTING, the process stays near 1 GB, at
// no cost measurable beyond the run-to-run spread.

export const HEAP_GROWTH_BEFORE_COLLECTING = 256 * 1024 * 1024;

/**
 * V8's full collection, without a launch flag: the host's own where the process was started with
 * --expose-gc, otherwise the flag is set now and the function taken from a new context (the
 * global of a context made after the flag has it). The same in a Node child and in Electron's
 * utility process, whose V8 may be set up before any flag given at launch is read.
 */
export function garbageCollector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** A pacer to call between parts of the work: it collects when the heap has grown enough since its last collection. */
export function heapPacer(collect: () => void = garbageCollector(), growth = HEAP_GROWTH_BEFORE_COLLECTING): () => void {
  let afterLastCollection = getHeapStatistics().used_heap_size;
  return () => {
    if (getHeapStatistics().used_heap_size < afterLastCollection + growth) return;
    collect();
    afterLastCollection = getHeapStatistics().used_heap_size;
  };
}

/** Worker side of relatePapers' parallel candidate search: claims chunks of papers and writes their links. */
import { workerData } from 'node:worker_threads';
import { makeSearcher, searchChunks, type SearchInput, type SearchOutput } from './related.ts';

const { input, keysText, output, control, done } = workerData as {
  input: SearchInput;
  keysText: string;
  output: SearchOutput;
  control: Int32Array;
  done: Int32Array;
};
const keys = keysText.split('\n');
searchChunks(makeSearcher(input, keys, output), input.vStart.length - 1, control, done);

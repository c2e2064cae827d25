/** A worker thread that reads a slice of articles (see readings.ts) and sends their readings back. */
import { parentPort, workerData } from 'node:worker_threads';
import { readBatch } from './readings.ts';
import type { Article } from '../extract/types.ts';

parentPort!.postMessage(readBatch(workerData as Article[]));

// Worker thread for the --jobs pool (piscina): loads the lexicon once per thread, then turns tasks into records.
import { workerData } from 'node:worker_threads';
import { loadLexicon, type Lexicon } from '../lexicon/lexicon.js';
import { processDocument, type ProcessTask, type BatchRecord } from './process.js';

let lexicon: Lexicon | undefined;

export default function process(task: ProcessTask): BatchRecord {
  lexicon ??= loadLexicon({ userDicts: (workerData as { dicts?: string[] } | undefined)?.dicts ?? [] });
  return processDocument(task, lexicon);
}

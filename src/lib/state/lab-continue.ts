// Home's "continue where you left off": the next unfinished lab step, read without Dexie so
// that the first paint stays small.
import { peekLabProgress } from '../db/lab-progress-peek';
import { continueAt, type NextStep } from '../services/labs/outline';

export async function whereToContinue(): Promise<NextStep | null> {
  return continueAt(await peekLabProgress());
}

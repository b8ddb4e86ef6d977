/**
 * The record's use cases' context (R1–R4, F3): the use-case context, the record store, and
 * the settings as the record is headed with them. Only the record's functions that read or
 * change complaints (and the complaint's read, which logs each read) import it, so no other
 * bundle carries the store; the record's readers take record-read-runtime.ts alone.
 */
import type { RecordContext } from '../use-cases/record-context';
import { recordSettings, recordStore } from './record-read-runtime';
import { getRuntime, useCaseContext } from './runtime';

export async function recordContext(): Promise<RecordContext> {
  const runtime = getRuntime();
  return {
    ...(await useCaseContext()),
    records: recordStore(),
    settings: recordSettings(runtime.org),
    inspectorLinkDays: runtime.org.inspectorLinkDays,
  };
}

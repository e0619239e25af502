/**
 * The self-rated instruments a signed-in patient is offered. A fixed list for now: measurement packs (a later
 * part of issue 4) will choose them per clinic and course of treatment, and this list will come from the server.
 */
export const selfReportInstrumentIds: readonly string[] = ['phq9', 'gad7', 'daily-mood'];

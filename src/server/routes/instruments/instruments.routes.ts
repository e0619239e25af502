import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { InstrumentDefinition } from '../../../domain/instruments/instrument.js';
import { findInstrument, instruments } from '../../../domain/instruments/registry.js';
import { AppError } from '../../../domain/shared/app-error.js';
import { readItemTexts } from '../../../db/repos/instrument-texts-repo.js';
import type { AppDeps } from '../../app-deps.js';
import { requireAuth } from '../../plugins/request-auth.js';
import { scoreOrRefuse } from '../assessments/record-assessment.js';
import { instrumentIdParamsSchema, instrumentListSchema, instrumentSummarySchema, scoreBodySchema, scoreResultSchema } from './instruments.schemas.js';

function summarise(instrument: InstrumentDefinition, loadedText?: Map<string, string>) {
  return {
    id: instrument.id,
    name: instrument.name,
    version: instrument.version,
    rater: instrument.rater,
    recallPeriod: instrument.recallPeriod,
    licence: instrument.licence,
    loinc: instrument.loinc ?? null,
    source: instrument.source,
    items: instrument.items.map((item) => ({
      key: item.key,
      label: loadedText?.get(item.key) ?? item.label,
      allowedValues: [...item.allowedValues],
      valueLabels: item.valueLabels ? Object.fromEntries(Object.entries(item.valueLabels)) : null,
      scored: item.scored,
      optional: item.optional ?? false,
      conditional: item.askedWhen !== undefined,
    })),
    totalBands: instrument.totalBands ? instrument.totalBands.map((band) => ({ ...band })) : null,
  };
}

function requireInstrument(id: string): InstrumentDefinition {
  const instrument = findInstrument(id);
  if (!instrument) throw new AppError('NOT_FOUND', `No instrument "${id}".`);
  return instrument;
}

/** The instrument catalogue and the scoring contract (SPEC.md §7) over HTTP; nothing is stored here. */
export const instrumentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  // Labels are replaced by the text the clinic loaded under its own licence, where it did.
  const textsFor = (request: Parameters<typeof requireAuth>[0]) => readItemTexts(deps.database.db, { organisationId: requireAuth(request).actor.organisationId });

  app.get(
    '/instruments',
    { config: { access: { kind: 'signed-in' } }, schema: { tags: ['instruments'], summary: 'Every instrument: items, allowed values, licence', response: { 200: instrumentListSchema } } },
    async (request) => {
      const texts = await textsFor(request);
      return { instruments: instruments.map((instrument) => summarise(instrument, texts.get(instrument.id))) };
    },
  );

  app.get(
    '/instruments/:instrumentId',
    { config: { access: { kind: 'signed-in' } }, schema: { tags: ['instruments'], summary: 'One instrument', params: instrumentIdParamsSchema, response: { 200: instrumentSummarySchema } } },
    async (request) => {
      const instrument = requireInstrument(request.params.instrumentId);
      return summarise(instrument, (await textsFor(request)).get(instrument.id));
    },
  );

  app.post(
    '/instruments/:instrumentId/score',
    {
      config: { access: { kind: 'signed-in' } },
      schema: { tags: ['instruments'], summary: 'Score raw answers; 400 names each unknown, missing or out-of-range item', params: instrumentIdParamsSchema, body: scoreBodySchema, response: { 200: scoreResultSchema } },
    },
    async (request) => {
      const instrument = requireInstrument(request.params.instrumentId);
      return scoreOrRefuse(instrument.id, request.body.answers, request.body.context).result;
    },
  );
};

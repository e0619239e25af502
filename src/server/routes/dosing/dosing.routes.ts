import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { calculateDose } from '../../../domain/dosing/calculate-dose.js';
import { doseInputSchema } from '../../../domain/dosing/dose-input.js';
import type { AppDeps } from '../../app-deps.js';
import { validateWith } from '../../plugins/validate-with.js';

export const doseResultSchema = z.object({
  dosingWeightKg: z.number().nullable(),
  doseMg: z.number(),
  volumeMl: z.number().nullable(),
  totalVolumeMl: z.number().nullable(),
  rateMlPerHour: z.number().nullable(),
  devices: z.number().nullable(),
  minimumAdministrationMinutes: z.number(),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  blocked: z.boolean(),
  reasons: z.array(z.object({ code: z.enum(['DOSE_ABOVE_MAX', 'ANESTHETIC_RANGE']), message: z.string() })),
});

/** The dose contract of SPEC.md §9; the same pure function the command line and the session use. */
export const dosingRoutes: FastifyPluginAsyncZod<AppDeps> = async (app) => {
  app.post(
    '/dose/calculate',
    {
      config: { access: { kind: 'action', action: 'dose.calculate' } },
      schema: { tags: ['dosing'], summary: 'Calculate a dose: dosing weight, mg, volume, rate, devices, and whether it is blocked', body: z.unknown(), response: { 200: doseResultSchema } },
    },
    async (request) => calculateDose(validateWith(doseInputSchema, request.body, 'body')),
  );
};

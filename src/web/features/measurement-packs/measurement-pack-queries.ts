import type { MeasurementPack } from '../../../domain/measurement/measurement-packs';
import { getJson, putJson } from '../../api/client';

/** What `GET` and `PUT /api/measurement-packs` answer: the clinic's packs, or the defaults until it saves its own. */
export interface MeasurementPacksResponse {
  packs: MeasurementPack[];
  isDefault: boolean;
}

export const measurementPackKeys = { all: ['measurement-packs'] as const };

export const fetchMeasurementPacks = () => getJson<MeasurementPacksResponse>('/api/measurement-packs');
export const saveMeasurementPacks = (packs: MeasurementPack[]) => putJson<MeasurementPacksResponse>('/api/measurement-packs', { packs });

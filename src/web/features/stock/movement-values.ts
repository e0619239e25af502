import { isValidDeaNumber } from '../../../domain/ledger/ledger-entry';
import { fromLocalInput } from '../sessions/local-time';
import { parseQuantity } from './quantity';
import type { EntryBody, StockContainer } from './stock-types';
import { noWitness, witnessCredentials, type WitnessValues } from './witness-values';

export const movementKinds = ['waste', 'destruction', 'return-to-reverse-distributor', 'theft-loss', 'count-adjustment'] as const;
export type MovementKind = (typeof movementKinds)[number];
export const movementKindLabels: Record<MovementKind, string> = {
  waste: 'Waste (one witness)',
  destruction: 'Destruction on site (DEA Form 41, two witnesses)',
  'return-to-reverse-distributor': 'Return to a reverse distributor',
  'theft-loss': 'Theft or loss',
  'count-adjustment': 'Count adjustment',
};

/** The "record a movement" form as typed. Error keys are the server's field paths ("entry.form41.method"). */
export interface MovementValues {
  kind: MovementKind;
  quantityMg: string;
  quantityMl: string;
  method: string;
  destroyedWhere: string;
  partialCount: boolean;
  distributorName: string;
  distributorAddress: string;
  distributorDeaNumber: string;
  discoveredAt: string;
  circumstances: string;
  reason: string;
  direction: 'increase' | 'decrease';
  note: string;
  witnesses: [WitnessValues, WitnessValues];
}

export const emptyMovement = (kind: MovementKind = 'waste'): MovementValues => ({
  kind,
  quantityMg: '',
  quantityMl: '',
  method: '',
  destroyedWhere: '',
  partialCount: false,
  distributorName: '',
  distributorAddress: '',
  distributorDeaNumber: '',
  discoveredAt: '',
  circumstances: '',
  reason: '',
  direction: 'decrease',
  note: '',
  witnesses: [noWitness, noWitness],
});

export type MovementParse = { kind: 'valid'; body: EntryBody } | { kind: 'invalid'; errors: Record<string, string> };

const minimumReasonChars = 10; // as the ledger asks of a count adjustment

/** The body of `POST /entries` for one container, or what is wrong with the form (the server checks again). */
export function movementBody(values: MovementValues, container: StockContainer, now: Date): MovementParse {
  const errors: Record<string, string> = {};
  const required = (key: string, typed: string, message = 'Required') => {
    if (typed.trim() === '') errors[key] = message;
    return typed.trim();
  };
  const increase = values.kind === 'count-adjustment' && values.direction === 'increase';
  const quantity = parseQuantity(values.quantityMg, values.quantityMl, container.strengthMgPerMl, increase ? undefined : container.balanceMl);
  if (quantity.kind === 'invalid') {
    if (quantity.errors.mg) errors['entry.quantityMg'] = quantity.errors.mg;
    if (quantity.errors.ml) errors['entry.quantityMl'] = quantity.errors.ml;
  }
  const specific: Record<string, unknown> = {};
  let witnesses: Pick<EntryBody, 'witness' | 'witnesses'> = {};
  switch (values.kind) {
    case 'waste': {
      specific.method = required('entry.method', values.method, 'Say how it was wasted');
      const witness = witnessCredentials(values.witnesses[0], 'witness', errors);
      if (witness) witnesses = { witness };
      break;
    }
    case 'destruction': {
      specific.form41 = {
        method: required('entry.form41.method', values.method, 'Say how it was made non-retrievable'),
        location: required('entry.form41.location', values.destroyedWhere, 'Say where it was destroyed'),
        ndc: container.ndc,
        ...(values.partialCount ? { partialCount: true } : {}),
      };
      const first = witnessCredentials(values.witnesses[0], 'witnesses.0', errors);
      const second = witnessCredentials(values.witnesses[1], 'witnesses.1', errors);
      if (first && second && first.email.toLowerCase() === second.email.toLowerCase()) errors['witnesses.1.email'] = 'Two different witnesses';
      else if (first && second) witnesses = { witnesses: [first, second] };
      break;
    }
    case 'return-to-reverse-distributor': {
      const deaNumber = values.distributorDeaNumber.trim().toUpperCase();
      if (deaNumber !== '' && !isValidDeaNumber(deaNumber)) errors['entry.distributor.deaNumber'] = 'Not a DEA registration number (2 letters, 7 digits, valid check digit)';
      specific.distributor = { name: required('entry.distributor.name', values.distributorName), address: required('entry.distributor.address', values.distributorAddress), deaNumber: required('entry.distributor.deaNumber', deaNumber) };
      break;
    }
    case 'theft-loss': {
      const discoveredAt = fromLocalInput(values.discoveredAt);
      if (!discoveredAt) errors['entry.discoveredAt'] = 'When was it discovered?';
      else if (Date.parse(discoveredAt) > now.getTime()) errors['entry.discoveredAt'] = 'Not in the future';
      // When it happened is rarely known: the entry is dated at discovery, which the ledger requires to be no earlier.
      if (discoveredAt) Object.assign(specific, { discoveredAt, occurredAt: discoveredAt });
      specific.circumstances = required('entry.circumstances', values.circumstances, 'Describe what happened');
      break;
    }
    case 'count-adjustment': {
      const reason = values.reason.trim();
      if (reason.length < minimumReasonChars) errors['entry.reason'] = `At least ${minimumReasonChars} characters`;
      Object.assign(specific, { reason, direction: values.direction });
      break;
    }
  }
  if (Object.keys(errors).length > 0 || quantity.kind === 'invalid') return { kind: 'invalid', errors };
  const note = values.note.trim();
  const entry = { kind: values.kind, containerId: container.id, quantityMg: quantity.quantityMg, quantityMl: quantity.quantityMl, ...specific, ...(note ? { note } : {}) };
  return { kind: 'valid', body: { entry, ...witnesses } };
}

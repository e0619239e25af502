import { useQuery } from '@tanstack/react-query';
import type { EligibilityRoute } from '../../../domain/eligibility/eligibility-input';
import { eligibilityApi } from './eligibility-api';

export const eligibilityKeys = {
  /** Everything about the patient's eligibility: invalidate after a change to the record or the intake. */
  forPatient: (patientId: string) => ['eligibility', patientId] as const,
  evaluation: (patientId: string, route: EligibilityRoute) => ['eligibility', patientId, 'evaluation', route] as const,
  decisions: (patientId: string) => ['eligibility', patientId, 'decisions'] as const,
  remsEnrolment: (patientId: string) => ['eligibility', patientId, 'rems-enrolment'] as const,
};

export const useEligibility = (patientId: string, route: EligibilityRoute) =>
  useQuery({ queryKey: eligibilityKeys.evaluation(patientId, route), queryFn: () => eligibilityApi.eligibility(patientId, route) });

export const useEligibilityDecisions = (patientId: string) => useQuery({ queryKey: eligibilityKeys.decisions(patientId), queryFn: () => eligibilityApi.decisions(patientId) });

export const useRemsEnrolment = (patientId: string) => useQuery({ queryKey: eligibilityKeys.remsEnrolment(patientId), queryFn: () => eligibilityApi.remsEnrolment(patientId) });

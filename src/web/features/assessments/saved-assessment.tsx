import { Alert, Button, Group, Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { findInstrument } from '../../../domain/instruments/registry';
import type { AssessmentCreated } from '../../api/measure-types';
import { shortInstrumentName } from '../instruments/format-instrument';
import { SafetyTaskNotice } from '../safety/safety-task-notice';
import { describeResult } from './describe-score';

/** What was saved, and any safety task it opened; stays on screen until the clinician moves on. */
export function SavedAssessment({ patientId, saved, canManageSafety, onRecordAnother }: { patientId: string; saved: AssessmentCreated; canManageSafety: boolean; onRecordAnother: () => void }) {
  const instrument = findInstrument(saved.result.instrument);
  const navigate = useNavigate();
  const seeOutcomes = () => void navigate({ to: '/patients/$patientId', params: { patientId }, search: { tab: 'outcomes' } });
  return (
    <Stack>
      {saved.safety ? <SafetyTaskNotice safety={saved.safety} linkToQueue={canManageSafety} /> : null}
      <Alert color="teal" title="Measure saved" role="status">
        {instrument ? shortInstrumentName(instrument) : saved.result.instrument}: {describeResult(saved.result)}.
      </Alert>
      <Group>
        <Button onClick={seeOutcomes}>
          See the outcomes
        </Button>
        <Button variant="default" onClick={onRecordAnother}>
          Record another measure
        </Button>
      </Group>
    </Stack>
  );
}

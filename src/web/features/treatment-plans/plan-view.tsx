import { Card, Group, Stack, Title } from '@mantine/core';
import { PlanSessionsPanel } from '../sessions/plan-sessions-panel';
import { DraftPlanEditor } from './draft-plan-editor';
import { EndPlanButton } from './end-plan-button';
import type { Plan } from './plan-types';
import { PlanSummary } from './plan-summary';
import { ReEvaluationPrompt } from './re-evaluation-prompt';
import { SessionCalendar } from './session-calendar';

export interface PlanAbilities {
  canManage: boolean;
  isStaff: boolean;
}

/** One saved plan: a draft to finish and activate, an active course with its sessions and re-evaluation, or an ended one. */
export function PlanView({ patientId, plan, abilities }: { patientId: string; plan: Plan; abilities: PlanAbilities }) {
  const editable = plan.status === 'draft' && abilities.canManage;
  const reEvaluation = plan.reEvaluation;
  return (
    <Card withBorder padding="lg" component="section" aria-label={`Plan: ${plan.protocolName}`}>
      <Stack gap="lg">
        <PlanSummary plan={plan} goalsEditable={editable} />
        {plan.status === 'active' && abilities.isStaff && reEvaluation?.due ? <ReEvaluationPrompt patientId={patientId} reEvaluation={reEvaluation} /> : null}
        {editable ? (
          <DraftPlanEditor key={plan.id} patientId={patientId} plan={plan} />
        ) : (
          <Stack gap="sm">
            <Title order={4}>Sessions</Title>
            <SessionCalendar sessions={plan.sessions.map((session) => ({ ...session, date: session.plannedDate }))} startDate={plan.startDate} editable={false} />
          </Stack>
        )}
        {plan.status === 'active' && abilities.isStaff ? <PlanSessionsPanel patientId={patientId} plan={plan} /> : null}
        {plan.status === 'active' && abilities.canManage ? (
          <Group>
            <EndPlanButton patientId={patientId} planId={plan.id} />
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

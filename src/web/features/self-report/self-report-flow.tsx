import { Button, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { findInstrument } from '../../../domain/instruments/registry';
import type { InstrumentDefinition } from '../../../domain/instruments/instrument';
import { api } from '../../api/client';
import type { SafetyNotice, SelfReportAnswersBody, SelfReportOpenResponse, SelfReportSubmitResponse } from '../../api/measure-types';
import { shortInstrumentName } from '../instruments/format-instrument';
import { CrisisPanel } from './crisis-panel';
import { QuestionnaireSteps } from './questionnaire-steps';
import { SelfReportResult } from './self-report-result';

const allDone = 'You have answered everything on this link. Thank you. You can close this page.';

/**
 * Each questionnaire on the link still to answer, one after another. Every answer is saved on the server as a
 * draft, so an interrupted form opens where it stopped; crisis resources, once shown, stay at the top.
 */
export function SelfReportFlow({ token, opened }: { token: string; opened: SelfReportOpenResponse }) {
  const onLink = opened.instruments.map((entry) => findInstrument(entry.id)).filter((instrument): instrument is InstrumentDefinition => instrument !== undefined);
  const [done, setDone] = useState<ReadonlySet<string>>(() => new Set(opened.instruments.filter((entry) => entry.completed).map((entry) => entry.id)));
  const [result, setResult] = useState<SelfReportSubmitResponse | null>(null);
  const [crisis, setCrisis] = useState<SafetyNotice['crisis'] | null>(null);
  const [linkCompleted, setLinkCompleted] = useState(false);
  const saveDraft = useMutation({ mutationFn: (body: SelfReportAnswersBody) => api.saveSelfReportDraft(body), meta: { publicLink: true } });
  const submit = useMutation({
    mutationFn: (body: SelfReportAnswersBody) => api.submitSelfReport(body),
    meta: { publicLink: true },
    onSuccess: (response, body) => {
      setDone((current) => new Set(current).add(body.instrumentId));
      setResult(response);
      if (response.safety) setCrisis(response.safety.crisis);
      if (response.linkCompleted) setLinkCompleted(true);
    },
  });
  const current = linkCompleted ? undefined : onLink.find((instrument) => !done.has(instrument.id));
  const next = () => {
    setResult(null);
    submit.reset();
    saveDraft.reset();
  };

  return (
    <Stack>
      <Title order={2}>Questionnaires from {opened.clinicName}</Title>
      {crisis ? <CrisisPanel crisis={crisis} /> : null}
      {result ? (
        <>
          <SelfReportResult result={result.result} />
          {current ? (
            <Button size="lg" onClick={next}>
              Next questionnaire
            </Button>
          ) : (
            <Text>{allDone}</Text>
          )}
        </>
      ) : current ? (
        <>
          <Text fw={700}>
            {shortInstrumentName(current)} (questionnaire {onLink.indexOf(current) + 1} of {onLink.length})
          </Text>
          <QuestionnaireSteps
            key={current.id}
            instrument={current}
            initialAnswers={opened.drafts[current.id] ?? {}}
            onAnswer={(answers) => saveDraft.mutate({ token, instrumentId: current.id, answers })}
            onFinish={(answers) => submit.mutate({ token, instrumentId: current.id, answers })}
            finishing={submit.isPending}
            error={submit.error}
          />
          {saveDraft.isError ? (
            <Text size="sm" c="orange.8">
              Your last answer could not be saved yet. Keep going: everything is sent when you finish.
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              Each answer is saved as you go, so if you are interrupted you can open this link again and carry on.
            </Text>
          )}
        </>
      ) : (
        <Text>{allDone}</Text>
      )}
    </Stack>
  );
}

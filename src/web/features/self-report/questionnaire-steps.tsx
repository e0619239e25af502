import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { InstrumentDefinition } from '../../../domain/instruments/instrument';
import { serverErrorsAt } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { askedItems, withoutUnasked } from '../instruments/asked-items';
import { OneQuestion } from './one-question';

interface QuestionnaireStepsProps {
  instrument: InstrumentDefinition;
  /** Answers given before (a saved draft): the form opens at the first question still unanswered. */
  initialAnswers: Record<string, number>;
  /** After every answer, with all the answers so far. */
  onAnswer?: (answers: Record<string, number>) => void;
  onFinish: (answers: Record<string, number>) => void;
  finishing: boolean;
  /** The failed send; errors at '/answers/<key>' take the patient back to that question. */
  error: unknown;
}

const firstUnanswered = (instrument: InstrumentDefinition, answers: Record<string, number>) => {
  const items = askedItems(instrument, answers);
  const index = items.findIndex((item) => answers[item.key] === undefined);
  return index === -1 ? Math.max(items.length - 1, 0) : index;
};

/** One question per screen, for a patient on a phone: "Question 3 of 9", Back and Next. Answers stay in memory. */
export function QuestionnaireSteps({ instrument, initialAnswers, onAnswer, onFinish, finishing, error }: QuestionnaireStepsProps) {
  const [answers, setAnswers] = useState(() => withoutUnasked(instrument, initialAnswers));
  const [index, setIndex] = useState(() => firstUnanswered(instrument, answers));
  const items = askedItems(instrument, answers);
  const position = Math.min(index, items.length - 1);
  const item = items[position]!;
  const isLast = position === items.length - 1;
  const answered = answers[item.key] !== undefined;

  useEffect(() => {
    const faulted = items.findIndex((candidate) => serverErrorsAt(error, `/answers/${candidate.key}`).length > 0);
    if (faulted !== -1) setIndex(faulted);
    // Only a new error moves the patient; answering afterwards does not.
  }, [error]);

  const answer = (value: number) => {
    const next = withoutUnasked(instrument, { ...answers, [item.key]: value });
    setAnswers(next);
    onAnswer?.(next);
  };
  const forward = () => (isLast ? onFinish(answers) : setIndex(position + 1));

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {instrument.recallPeriod}
      </Text>
      <Progress value={(position / items.length) * 100} size="lg" aria-label="Progress through the questions" />
      <Text fw={700}>
        Question {position + 1} of {items.length}
      </Text>
      <OneQuestion key={item.key} item={item} value={answers[item.key]} onChange={answer} error={serverErrorsAt(error, `/answers/${item.key}`).join(' ') || undefined} />
      {error ? <ProblemAlert error={error} title="Your answers were not sent" /> : null}
      <Group grow>
        <Button variant="default" size="lg" onClick={() => setIndex(position - 1)} disabled={position === 0 || finishing}>
          Back
        </Button>
        <Button size="lg" onClick={forward} disabled={!answered && !item.optional} loading={finishing}>
          {isLast ? 'Send answers' : answered || !item.optional ? 'Next' : 'Skip'}
        </Button>
      </Group>
    </Stack>
  );
}

import { Box, Stack, Text } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import type { TotalBand } from '../../../domain/instruments/instrument';
import { bandAreas } from './band-areas';
import { BandLegend } from './band-legend';
import { createTrendPlot } from './create-trend-plot';

interface TrendChartProps {
  /** Names the chart for screen readers; the table beside it holds the same numbers. */
  label: string;
  seriesLabel: string;
  points: { completedAt: string; total: number }[];
  yMax: number;
  /** The instrument's bands of the total, shaded behind the line and named below it. */
  bands?: readonly TotalBand[] | undefined;
  /** Names the list of bands ("PHQ-9 bands"). */
  bandsLabel?: string;
  /** Treatment sessions to mark, Unix seconds. */
  sessionTimes?: readonly number[];
}

/** Totals over time as a line; the plot is made when the chart mounts and destroyed when it unmounts. */
export function TrendChart({ label, seriesLabel, points, yMax, bands, bandsLabel = 'Bands', sessionTimes = [] }: TrendChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const legendId = useId();
  const key = JSON.stringify(points);
  const yTop = Math.max(yMax, ...points.map((point) => point.total));
  const areas = bandAreas(bands ?? [], yTop);
  const areasKey = JSON.stringify(areas);
  const sessionsKey = JSON.stringify(sessionTimes);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const series: { completedAt: string; total: number }[] = JSON.parse(key);
    const plot = createTrendPlot(element, {
      seriesLabel,
      times: series.map((point) => new Date(point.completedAt).getTime() / 1000),
      totals: series.map((point) => point.total),
      yMax: yTop,
      bands: JSON.parse(areasKey),
      sessionTimes: JSON.parse(sessionsKey),
      width: element.clientWidth || 600,
    });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => plot.resize(element.clientWidth));
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      plot.destroy();
    };
  }, [key, areasKey, sessionsKey, seriesLabel, yTop]);
  return (
    <Stack gap="xs">
      <Box ref={container} role="img" aria-label={label} aria-describedby={areas.length > 0 ? legendId : undefined} w="100%" data-testid="trend-chart" />
      {areas.length > 0 ? <BandLegend id={legendId} label={bandsLabel} areas={areas} /> : null}
      {sessionTimes.length > 0 ? (
        <Text size="sm" c="dimmed">
          Dashed lines: treatment sessions ({sessionTimes.length}).
        </Text>
      ) : null}
    </Stack>
  );
}

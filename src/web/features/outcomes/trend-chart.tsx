import { Box } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { createTrendPlot } from './create-trend-plot';

interface TrendChartProps {
  /** Names the chart for screen readers; the table beside it holds the same numbers. */
  label: string;
  seriesLabel: string;
  points: { completedAt: string; total: number }[];
  yMax: number;
}

/** Totals over time as a line; the plot is made when the chart mounts and destroyed when it unmounts. */
export function TrendChart({ label, seriesLabel, points, yMax }: TrendChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const key = JSON.stringify(points);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const series: { completedAt: string; total: number }[] = JSON.parse(key);
    const plot = createTrendPlot(element, {
      seriesLabel,
      times: series.map((point) => new Date(point.completedAt).getTime() / 1000),
      totals: series.map((point) => point.total),
      yMax: Math.max(yMax, ...series.map((point) => point.total)),
      width: element.clientWidth || 600,
    });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => plot.resize(element.clientWidth));
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      plot.destroy();
    };
  }, [key, seriesLabel, yMax]);
  return <Box ref={container} role="img" aria-label={label} w="100%" data-testid="trend-chart" />;
}

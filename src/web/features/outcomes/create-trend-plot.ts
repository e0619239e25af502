import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface TrendPlotData {
  seriesLabel: string;
  /** Unix seconds, ascending. */
  times: number[];
  totals: number[];
  yMax: number;
  width: number;
}

export interface TrendPlot {
  resize(width: number): void;
  destroy(): void;
}

const heightPx = 220;

/**
 * The only module that touches uPlot (and so the canvas), so that tests replace it with `vi.mock`:
 * happy-dom has no canvas.
 */
export function createTrendPlot(target: HTMLElement, data: TrendPlotData): TrendPlot {
  const plot = new uPlot(
    {
      width: data.width,
      height: heightPx,
      legend: { show: false },
      scales: { x: { time: true }, y: { range: [0, data.yMax] } },
      axes: [{}, { label: 'Total' }],
      series: [{}, { label: data.seriesLabel, stroke: '#0ca678', width: 2, points: { show: true, size: 7, fill: '#0ca678' } }],
    },
    [data.times, data.totals],
    target,
  );
  return { resize: (width) => plot.setSize({ width, height: heightPx }), destroy: () => plot.destroy() };
}

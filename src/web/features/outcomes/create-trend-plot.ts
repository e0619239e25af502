import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { bandRectangles, labelColour, lineColour, type BandArea } from './band-areas';
import { markerPositions } from './session-markers';

export interface TrendPlotData {
  seriesLabel: string;
  /** Unix seconds, ascending. */
  times: number[];
  totals: number[];
  yMax: number;
  /** Shaded behind the line, lowest first; empty for an instrument without bands. */
  bands: BandArea[];
  /** Treatment sessions, Unix seconds: drawn as dashed vertical lines. */
  sessionTimes: number[];
  width: number;
}

export interface TrendPlot {
  resize(width: number): void;
  destroy(): void;
}

const heightPx = 220;
const labelFontPx = 11;

/** Fills each band across the plot and names it at the right edge where the band is tall enough to hold the name. */
function drawBands(plot: uPlot, bands: readonly BandArea[]) {
  const { ctx } = plot;
  const ratio = uPlot.pxRatio;
  ctx.save();
  ctx.font = `${labelFontPx * ratio}px system-ui, sans-serif`;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const rectangle of bandRectangles(bands, plot.bbox, (value) => plot.valToPos(value, 'y', true))) {
    ctx.fillStyle = rectangle.fill;
    ctx.fillRect(rectangle.left, rectangle.top, rectangle.width, rectangle.height);
    if (rectangle.height < (labelFontPx + 3) * ratio) continue;
    ctx.fillStyle = labelColour;
    ctx.fillText(rectangle.label, rectangle.left + rectangle.width - 4 * ratio, rectangle.top + rectangle.height / 2);
  }
  ctx.restore();
}

/** A dashed line at each treatment session, under the line of totals. */
function drawSessions(plot: uPlot, times: readonly number[]) {
  const { ctx, bbox } = plot;
  const ratio = uPlot.pxRatio;
  ctx.save();
  ctx.strokeStyle = labelColour;
  ctx.lineWidth = ratio;
  ctx.setLineDash([4 * ratio, 4 * ratio]);
  for (const x of markerPositions(times, (time) => plot.valToPos(time, 'x', true), bbox.left, bbox.width)) {
    ctx.beginPath();
    ctx.moveTo(x, bbox.top);
    ctx.lineTo(x, bbox.top + bbox.height);
    ctx.stroke();
  }
  ctx.restore();
}

/**
 * The only module that touches uPlot (and so the canvas), so that tests replace it with `vi.mock`:
 * happy-dom has no canvas. What it draws is computed in band-areas.ts, which is tested.
 */
export function createTrendPlot(target: HTMLElement, data: TrendPlotData): TrendPlot {
  const plot = new uPlot(
    {
      width: data.width,
      height: heightPx,
      legend: { show: false },
      scales: { x: { time: true }, y: { range: [0, data.yMax] } },
      axes: [{}, { label: 'Total' }],
      series: [{}, { label: data.seriesLabel, stroke: lineColour, width: 2, points: { show: true, size: 7, fill: lineColour } }],
      // After the canvas is cleared and before the grid and the line: the bands lie underneath both.
      hooks: { drawClear: [(self) => drawBands(self, data.bands)], drawAxes: [(self) => drawSessions(self, data.sessionTimes)] },
    },
    [data.times, data.totals],
    target,
  );
  return { resize: (width) => plot.setSize({ width, height: heightPx }), destroy: () => plot.destroy() };
}

import { scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";

// A line chart drawn as SVG on the server with d3-scale and d3-shape: no client JavaScript.
// The SVG is one image with a title and a description; the figures are always given beside
// it as a table by the caller, which is what screen readers use.

export type LinePoint = { key: string; label: string; value: number | null };

type Props = {
  points: LinePoint[];
  title: string;
  description: string;
  /** A point to mark with a vertical line (e.g. the quarter compliance is reached). */
  marker?: { key: string; label: string } | null;
  max?: number;
  width?: number;
  height?: number;
};

const MARGIN = { top: 16, right: 24, bottom: 36, left: 40 };

export function LineChart({ points, title, description, marker, max = 100, width = 560, height = 240 }: Props) {
  const id = `line-${title.replace(/[^a-z0-9]/gi, "").slice(0, 24)}`;
  const x = scalePoint<string>()
    .domain(points.map((p) => p.key))
    .range([MARGIN.left, width - MARGIN.right])
    .padding(0.3);
  const y = scaleLinear()
    .domain([0, max])
    .range([height - MARGIN.bottom, MARGIN.top]);
  const path = line<LinePoint>()
    .defined((p) => p.value !== null)
    .x((p) => x(p.key) ?? 0)
    .y((p) => y(p.value ?? 0))(points);
  // Every label when they fit, otherwise one in two (quarters stay readable on a phone).
  const every = points.length > 12 ? Math.ceil(points.length / 12) : 1;
  const markerX = marker ? x(marker.key) : undefined;

  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full max-w-[560px]">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {y.ticks(4).map((tick) => (
        <g key={tick}>
          <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} className="stroke-line" strokeWidth={1} />
          <text x={MARGIN.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle" className="fill-ink-soft text-[11px]">
            {tick}
          </text>
        </g>
      ))}
      {points.map((p, i) =>
        i % every === 0 ? (
          <text key={p.key} x={x(p.key)} y={height - MARGIN.bottom + 18} textAnchor="middle" className="fill-ink-soft text-[11px]">
            {p.label}
          </text>
        ) : null,
      )}
      {markerX !== undefined && marker && (
        <g>
          <line
            x1={markerX}
            x2={markerX}
            y1={MARGIN.top}
            y2={height - MARGIN.bottom}
            className="stroke-success"
            strokeWidth={2}
            strokeDasharray="6 4"
          />
          {/* Past the middle, the label goes left of the line: on the last quarter it was cut off. */}
          <text
            x={markerX > width / 2 ? markerX - 4 : markerX + 4}
            y={MARGIN.top + 10}
            textAnchor={markerX > width / 2 ? "end" : "start"}
            className="fill-success text-[11px] font-bold"
          >
            {marker.label}
          </text>
        </g>
      )}
      {path && <path d={path} className="fill-none stroke-primary" strokeWidth={2.5} />}
      {points.map((p) => (p.value === null ? null : <circle key={p.key} cx={x(p.key)} cy={y(p.value)} r={3.5} className="fill-primary" />))}
    </svg>
  );
}

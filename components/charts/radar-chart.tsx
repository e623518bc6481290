// A radar chart drawn as SVG on the server: no client JavaScript, printable, and readable
// without colour (the reference series is dashed). The figures it draws are always given
// beside it as a table (see the caller), which is what screen readers use: the SVG itself is
// one image with a title and a description.

export type RadarAxis = { label: string; value: number | null; reference?: number | null };

type Props = {
  axes: RadarAxis[];
  title: string;
  description: string;
  valueLabel: string;
  referenceLabel?: string;
  /** Said beside an axis whose value is unknown (no validated evaluation): never drawn as 0. */
  missingLabel?: string;
  max?: number;
  size?: number;
};

/** Room on each side for the axis labels, which the drawing area must never cut off. */
const SIDE = 90;

const RINGS = [0.25, 0.5, 0.75, 1];

/** Position of a value on an axis: axis 0 points up, the others follow clockwise. */
export function radarPoint(index: number, count: number, ratio: number, radius: number, centre: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  return [centre + Math.cos(angle) * radius * ratio, centre + Math.sin(angle) * radius * ratio];
}

const clamp = (v: number) => Math.max(0, Math.min(1, v));
const polygon = (points: [number, number][]) => points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ");

export function RadarChart({ axes, title, description, valueLabel, referenceLabel, missingLabel, max = 100, size = 320 }: Props) {
  const centre = size / 2;
  const radius = size / 2 - 70;
  const n = Math.max(axes.length, 3);
  const id = `radar-${title.replace(/[^a-z0-9]/gi, "").slice(0, 20)}`;
  const values = axes.map((a, i) => radarPoint(i, n, clamp((a.value ?? 0) / max), radius, centre));
  // A shape only joins known values: an unknown theme is a gap, not a score of zero.
  const complete = axes.every((a) => a.value !== null);
  const hasReference = axes.some((a) => a.reference !== undefined && a.reference !== null);
  const references = axes.map((a, i) => radarPoint(i, n, clamp((a.reference ?? 0) / max), radius, centre));

  return (
    <figure className="inline-block">
      <svg
        viewBox={`${-SIDE} 0 ${size + 2 * SIDE} ${size}`}
        width={size + 2 * SIDE}
        height={size}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto max-w-full"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {RINGS.map((r) => (
          <polygon
            key={r}
            points={polygon(axes.map((_, i) => radarPoint(i, n, r, radius, centre)))}
            className="fill-none stroke-line-strong"
            strokeWidth={r === 1 ? 1.5 : 0.75}
          />
        ))}
        {axes.map((a, i) => {
          const [x, y] = radarPoint(i, n, 1, radius, centre);
          const [lx, ly] = radarPoint(i, n, 1.18, radius, centre);
          const anchor = Math.abs(lx - centre) < 4 ? "middle" : lx > centre ? "start" : "end";
          return (
            <g key={a.label}>
              <line x1={centre} y1={centre} x2={x} y2={y} className="stroke-line-strong" strokeWidth={0.75} />
              <text x={lx} y={ly} textAnchor={anchor} dominantBaseline="middle" className="fill-ink text-[12px]">
                {a.label}
                {a.value === null && missingLabel && (
                  <tspan x={lx} dy="1.2em" className="fill-ink-soft text-[11px] italic">
                    {missingLabel}
                  </tspan>
                )}
              </text>
            </g>
          );
        })}
        {hasReference && (
          <polygon points={polygon(references)} className="fill-none stroke-ink-soft" strokeWidth={2} strokeDasharray="6 4" />
        )}
        {complete && <polygon points={polygon(values)} className="fill-primary/20 stroke-primary" strokeWidth={2.5} />}
        {values.map(([x, y], i) =>
          axes[i].value === null ? null : <circle key={axes[i].label} cx={x} cy={y} r={complete ? 4 : 6} className="fill-primary" />,
        )}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-4 text-sm" aria-hidden="true">
        <span className="flex items-center gap-2">
          <svg width="24" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="24" y2="4" className="stroke-primary" strokeWidth={3} />
          </svg>
          {valueLabel}
        </span>
        {hasReference && referenceLabel && (
          <span className="flex items-center gap-2">
            <svg width="24" height="8" aria-hidden="true">
              <line x1="0" y1="4" x2="24" y2="4" className="stroke-ink-soft" strokeWidth={2} strokeDasharray="6 4" />
            </svg>
            {referenceLabel}
          </span>
        )}
      </figcaption>
    </figure>
  );
}

/**
 * A horizontal bar chart drawn on the server as plain SVG. The same figures are in the table
 * beside it, so the drawing is an image with a title; a figure not shown has no bar and says
 * why in words.
 */
export function BarChart(props: {
  id: string;
  title: string;
  items: { label: string; value: number | null }[];
  max: number;
  format: (v: number) => string;
  insufficient: string;
}) {
  const rowHeight = 28;
  const labelWidth = 220;
  const barWidth = 300;
  const height = props.items.length * rowHeight + 8;
  const max = props.max > 0 ? props.max : 1;
  return (
    <figure className="my-4 overflow-x-auto" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`} className="font-medium">
        {props.title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${props.id}-title`}
        viewBox={`0 0 ${labelWidth + barWidth + 160} ${height}`}
        className="mt-2 w-full max-w-3xl min-w-[360px]"
        data-testid={`chart-${props.id}`}
      >
        {props.items.map((item, i) => {
          const y = i * rowHeight + 4;
          const width = item.value === null ? 0 : Math.max(1, (item.value / max) * barWidth);
          return (
            <g key={item.label}>
              <text x={labelWidth - 8} y={y + 17} textAnchor="end" className="fill-ink text-[13px]">
                {item.label.length > 32 ? `${item.label.slice(0, 31)}…` : item.label}
              </text>
              <rect x={labelWidth} y={y + 4} width={barWidth} height={rowHeight - 10} className="fill-surface-alt" />
              {item.value !== null && <rect x={labelWidth} y={y + 4} width={width} height={rowHeight - 10} className="fill-primary" />}
              <text x={labelWidth + (item.value === null ? 8 : width + 6)} y={y + 17} className="fill-ink text-[13px]">
                {item.value === null ? props.insufficient : props.format(item.value)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

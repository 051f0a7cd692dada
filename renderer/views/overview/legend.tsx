/** Legend entries in the text colour (recharts paints them in the series colour, too faint for the idle grey). */
export const legendText = (value: unknown) => <span className="overview-legend">{String(value)}</span>;

/**
 * Classes of a choropleth of hexagon values: equal intervals from 0, each with its colour and the
 * number of hexagons in it. Pure numbers: the colours are given by the caller (the palette is in
 * style/, which this layer does not import).
 */

export interface DensityClass {
	/**
	 * Bounds of the class, both inclusive for whole numbers (1–4); for decimals the lower bound is
	 * exclusive (0.27 < value ≤ 0.54), as a value equal to it belongs to the class below.
	 */
	min: number;
	max: number;
	color: string;
	/** Hexagons in the class. */
	hexagons: number;
	/** The class of hexagons whose projects state no value of the metric (value 0). */
	zero: boolean;
}

/** The colours of the classes, lightest first (one class per colour at most), and of the value-0 class. */
export interface DensityRamp {
	colors: readonly string[];
	zero: string;
}

/**
 * Up to `ramp.colors.length` (five on the map) equal-interval classes of the hexagons' values, from 0.
 * Whole numbers (counts) get whole bounds, one class per value when the largest is no more than the
 * number of colours; decimals get a step rounded up to two significant figures. Value-0 hexagons (a
 * metric nobody there states) get a class of their own, in `ramp.zero`.
 */
export function densityClasses(values: readonly number[], ramp: DensityRamp): DensityClass[] {
	const { colors } = ramp;
	const n = colors.length;
	const positive = values.filter((v) => v > 0);
	const zeros = values.length - positive.length;
	const bounds: { min: number; max: number }[] = [];
	const max = Math.max(0, ...positive);
	const whole = positive.every(Number.isInteger);
	if (max > 0 && whole && max <= n) {
		for (let v = 1; v <= max; v++) bounds.push({ min: v, max: v });
	} else if (max > 0) {
		const step = whole ? Math.ceil(max / n) : roundUp(max / n);
		for (let i = 0; i < n && i * step < max; i++) {
			// Whole classes are 1–4, 5–8 …; decimal ones (0, 0.27], (0.27, 0.54] …
			bounds.push({ min: whole ? i * step + 1 : tidy(i * step), max: tidy((i + 1) * step) });
		}
	}
	// Fewer classes than colours spread over the whole ramp; a single class takes its middle colour.
	const k = bounds.length;
	const classes: DensityClass[] = bounds.map((b, i) => ({
		...b,
		zero: false,
		color: colors[k === 1 ? Math.floor(n / 2) : Math.round((i * (n - 1)) / (k - 1))]!,
		hexagons: 0
	}));
	if (zeros > 0) {
		classes.unshift({ min: 0, max: 0, zero: true, color: ramp.zero, hexagons: zeros });
	}
	for (const value of positive) classOf(value, classes)!.hexagons++;
	return classes;
}

/** Without binary noise: 3 × 0.86 is 2.58, not 2.5799999999999996. */
function tidy(value: number): number {
	return Math.round(value * 1e9) / 1e9;
}

/** `value` rounded up to two significant figures: 0.2613 → 0.27, 1234 → 1300. */
function roundUp(value: number): number {
	const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
	return tidy(Math.ceil(value / magnitude - 1e-9) * magnitude);
}

/** The class a hexagon's value falls in: the first whose upper bound it does not exceed. */
export function classOf(value: number, classes: readonly DensityClass[]): DensityClass | undefined {
	if (value <= 0) return classes.find((c) => c.zero);
	return classes.find((c) => !c.zero && value <= c.max);
}

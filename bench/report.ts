/** One line of the benchmark's summary: a figure against its baseline measured in the same run, and its target. */
export interface Line {
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  pass: boolean;
}

/** A number as the bench prints it: English grouping, `digits` decimals. */
export const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

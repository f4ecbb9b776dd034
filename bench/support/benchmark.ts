// What every benchmark module exports, and what it hands back to the runner.
export interface Figure {
  /** What is measured, e.g. "upload overhead (API flow ÷ raw PUT)". */
  figure: string;
  /** The ratio or count, formatted. */
  value: string;
  target: string;
  /** Whether the target is met; undefined when the figure is reported without a pass/fail target. */
  met?: boolean;
  /** Absolute figures measured beside it (times, sizes), formatted. */
  absolute?: string;
}

export interface Section {
  figures: Figure[];
  /** Markdown details: method, tables, how the figure is counted. */
  details: string;
  /** Where a target is missed (or a counter is missing): what was found, with evidence. */
  findings: string[];
}

export interface Benchmark {
  name: string;
  title: string;
  run(log: (line: string) => void): Promise<Section>;
}

/**
 * A small reader of Prometheus's text exposition format (version 0.0.4), for the tests of `/metrics`: HELP and
 * TYPE per family, and each sample's name, labels and value. Strict on what it reads, so a malformed line fails
 * the test instead of being skipped.
 */
export type Sample = { name: string; labels: Record<string, string>; value: number };
export type Family = { name: string; help?: string; type?: string; samples: Sample[] };

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

function parseValue(text: string): number {
  if (text === '+Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  // Prometheus reads floats as Go does: NaN in any case (prom-client writes `Nan`).
  if (text.toLowerCase() === 'nan') return NaN;
  const value = Number(text);
  if (text === '' || Number.isNaN(value)) throw new Error(`not a sample value: ${text}`);
  return value;
}

/** `a="x",b="y\"z"` → { a: 'x', b: 'y"z' }. */
function parseLabels(text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  const pattern = /\s*([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*(,|$)/y;
  let at = 0;
  while (at < text.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) throw new Error(`malformed labels: {${text}}`);
    labels[match[1]!] = match[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    at = pattern.lastIndex;
  }
  return labels;
}

function parseSample(line: string): Sample {
  const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+-?\d+)?$/.exec(line);
  if (!match) throw new Error(`malformed sample line: ${line}`);
  return { name: match[1]!, labels: parseLabels(match[2] ?? ''), value: parseValue(match[3]!) };
}

/** A histogram's or summary's sample names belong to the family without their suffix. */
function familyOf(sample: string, families: Map<string, Family>): Family | undefined {
  if (families.has(sample)) return families.get(sample);
  const base = sample.replace(/_(bucket|sum|count|total|created)$/, '');
  return families.get(base);
}

export function parsePrometheusText(text: string): Map<string, Family> {
  const families = new Map<string, Family>();
  const family = (name: string) => {
    if (!NAME.test(name)) throw new Error(`bad metric name: ${name}`);
    let found = families.get(name);
    if (!found) families.set(name, (found = { name, samples: [] }));
    return found;
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const meta = /^#\s+(HELP|TYPE)\s+(\S+)\s?(.*)$/.exec(line);
    if (meta) {
      const target = family(meta[2]!);
      if (meta[1] === 'HELP') target.help = meta[3];
      else target.type = meta[3];
      continue;
    }
    if (line.startsWith('#')) continue;
    const sample = parseSample(line);
    const owner = familyOf(sample.name, families);
    if (!owner) throw new Error(`sample without HELP/TYPE: ${sample.name}`);
    owner.samples.push(sample);
  }
  return families;
}

/** The value of a family's sample whose labels include `labels` (0 when there is none yet). */
export function sampleValue(
  families: Map<string, Family>,
  name: string,
  labels: Record<string, string> = {},
  sampleName = name,
): number {
  const samples = familyOf(sampleName, families)?.samples ?? [];
  const found = samples.find(
    (sample) =>
      sample.name === sampleName &&
      Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
  return found?.value ?? 0;
}

/** A histogram's buckets for one label set, in `le` order: each count must be at least the one before. */
export function buckets(
  families: Map<string, Family>,
  name: string,
  labels: Record<string, string>,
): { le: number; count: number }[] {
  return (families.get(name)?.samples ?? [])
    .filter(
      (sample) =>
        sample.name === `${name}_bucket` &&
        Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
    )
    .map((sample) => ({ le: parseValue(sample.labels.le ?? ''), count: sample.value }))
    .sort((a, b) => a.le - b.le);
}

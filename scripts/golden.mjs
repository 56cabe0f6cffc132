// The projection of a figure that golden files pin: what a fact-checker reads, and where.
export function goldenFigure(f) {
  return {
    text: f.text,
    kind: f.kind,
    value: f.value,
    unit: f.unit,
    noun: f.noun,
    qualifier: f.qualifier,
    iso: f.iso,
    at: `${f.source.line}:${f.source.column}`,
    ...(f.period ? { period: f.period } : {}),
    ...(f.link ? { link: `${f.link.type}:${f.link.role}` } : {}),
  };
}

/** An export file of `count` distinct, valid facts (what a large `/entry import` reads), the same every run. */
export function bigExport(count: number, label = 'Imported'): string {
  const places = ['Tijuana', 'Monterrey', 'El Paso', 'Laredo', 'Sonora', 'Chihuahua', 'Juarez', 'Nogales'];
  const things = ['bridge', 'port', 'grant', 'route', 'budget', 'treaty', 'factory', 'agency'];
  const entries = Array.from({ length: count }, (_, i) => ({
    kind: 'fact',
    text: `${label} fact ${i}: the ${things[i % things.length]} near ${places[(i * 7) % places.length]} was reviewed ${1 + (i % 97)} times in ${2020 + (i % 6)}.`,
    speaker: null,
    when: null,
    where: null,
    source: { name: 'the state agency', url: `https://agency.example.gov/reports/${i}` },
    claimBy: null,
    corrects: null,
  }));
  return JSON.stringify({ format: 'storydesk-entries', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', entries });
}

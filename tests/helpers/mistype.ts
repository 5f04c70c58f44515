/** Seeded randomness, so a test that mistypes questions fails the same way every run. */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * n);
  };
}

/** The typos people make, each in the first word of at least `minLength` letters, at a letter inside it. */
export function typoChanges(random: (n: number) => number, minLength: number): [string, (q: string) => string][] {
  const word = new RegExp(`\\b[a-z]{${minLength},}\\b`, 'i');
  const inLongWord = (change: (w: string, at: number) => string) => (q: string) => q.replace(word, (w) => change(w, 2 + random(w.length - 4)));
  return [
    ['two letters swapped', inLongWord((w, i) => w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))],
    ['a letter missing', inLongWord((w, i) => w.slice(0, i) + w.slice(i + 1))],
    ['a letter doubled', inLongWord((w, i) => w.slice(0, i) + w[i] + w.slice(i))],
  ];
}

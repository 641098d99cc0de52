import { expect } from 'vitest';

/**
 * Where the reading order of `text` breaks "A before B before C": undefined when every piece is there
 * in that order, else a sentence naming the piece that is missing or out of place. Each piece is looked
 * for after the one before it, so a title also quoted earlier (the plan names "When to get help") does
 * not count as its heading.
 */
export function orderProblem(text: string, pieces: readonly string[]): string | undefined {
  let from = 0;
  let previous: string | undefined;
  for (const piece of pieces) {
    const at = text.indexOf(piece, from);
    if (at === -1) {
      if (!text.includes(piece)) return `"${piece}" is missing`;
      return previous === undefined
        ? `"${piece}" is out of order`
        : `"${piece}" comes before "${previous}", not after it`;
    }
    from = at + piece.length;
    previous = piece;
  }
  return undefined;
}

/** Fails, naming the first piece out of order, unless the pieces occur in `text` in the order given. */
export function expectInOrder(text: string, pieces: readonly string[], what = 'reading order'): void {
  const problem = orderProblem(text, pieces);
  if (problem)
    expect.fail(`${what}: ${problem}. Expected ${pieces.map((piece) => `"${piece}"`).join(' < ')}`);
}

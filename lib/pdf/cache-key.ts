/*
 * Keys for the layout caches (text-layout-cache.ts, block-layout-cache.ts): JSON of the inputs, where
 * fonts, callbacks and anything else that is not plain data (fontkit fonts, the hyphenation callback)
 * count by identity: a font loaded again is another font. Plain objects and arrays count by value.
 */
const identities = new WeakMap<object, number>();
let nextIdentity = 1;
function identity(value: object): number {
  let id = identities.get(value);
  if (id === undefined) {
    id = nextIdentity;
    nextIdentity += 1;
    identities.set(value, id);
  }
  return id;
}

function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A `JSON.stringify` replacer. JSON drops Infinity (an unbounded height) and functions; this keeps both distinct. */
export function keyPart(_name: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return { '\u0000n': String(value) };
  if (typeof value === 'function' || (typeof value === 'object' && value !== null && !isPlain(value)))
    return { '\u0000id': identity(value) };
  return value;
}

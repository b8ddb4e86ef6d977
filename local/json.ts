/** A value that survives JSON.stringify/JSON.parse unchanged: what crosses a service boundary. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Serialises and parses again, as a real service boundary would (Dates become strings). */
export function throughJson(value: unknown): JsonValue {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as JsonValue);
}

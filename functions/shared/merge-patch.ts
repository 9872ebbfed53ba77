/**
 * RFC 7396 JSON Merge Patch: objects merge recursively, `null` removes a member, anything else
 * replaces it.
 */
export function mergePatch<T extends Record<string, unknown>>(target: T, patch: Record<string, unknown>): T {
  const result: Record<string, unknown> = { ...target };
  for (const [name, value] of Object.entries(patch)) {
    if (value === null) {
      delete result[name];
    } else if (typeof value === 'object' && !Array.isArray(value)) {
      const current = result[name];
      const base = typeof current === 'object' && current !== null && !Array.isArray(current) ? current : {};
      result[name] = mergePatch(base as Record<string, unknown>, value as Record<string, unknown>);
    } else {
      result[name] = value;
    }
  }
  return result as T;
}

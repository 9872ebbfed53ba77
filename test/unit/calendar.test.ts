import { describe, expect, it } from 'vitest';
import { endOfLocalDay, monthOfInstant } from '../../functions/shared/calendar.ts';

describe('calendar', () => {
  it('ends a local day at its last instant in the zone', () => {
    expect(endOfLocalDay('2026-12-13', 'Asia/Shanghai')).toBe('2026-12-13T15:59:59.999Z');
    expect(endOfLocalDay('2026-12-31', 'UTC')).toBe('2026-12-31T23:59:59.999Z');
    expect(endOfLocalDay('2026-07-01', 'America/New_York')).toBe('2026-07-02T03:59:59.999Z');
  });
  it('puts an instant in its local month', () => {
    expect(monthOfInstant('2026-11-30T16:30:00Z')).toBe('2026-12');
    expect(monthOfInstant('2026-11-30T15:30:00Z')).toBe('2026-11');
  });
});

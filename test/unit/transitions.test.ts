import { describe, expect, it } from 'vitest';
import { completeRevisit } from '../../functions/care/revisit-rules.ts';
import type { Session } from '../../functions/training/model.ts';
import { cancelSession } from '../../functions/training/rules.ts';

const at = '2026-12-06T08:00:00.000Z';

describe('status changes belong to the rules that own them', () => {
  it('cancels a planned session once, with its reason', () => {
    const session = {
      id: 'S1',
      status: 'planned',
      version: 3,
      updatedAt: '2026-12-01T00:00:00.000Z',
    } as Session;
    const cancelled = cancelSession(session, 'Trainer ill', at);
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelledReason: 'Trainer ill',
      version: 4,
      updatedAt: at,
    });
    expect(() => cancelSession(cancelled, 'again', at)).toThrow(/cancelled/);
  });

  it('completes an open revisit once, with who made it and what came of it', () => {
    const revisit = { id: 'R1', status: 'open', version: 1 };
    const completed = completeRevisit(
      revisit,
      { by: 'REP1', outcome: 'Needs a second lathe', satisfaction: 4, interactionId: 'I1' },
      at,
    );
    expect(completed).toMatchObject({
      status: 'completed',
      completedAt: at,
      completedBy: 'REP1',
      satisfaction: 4,
      interactionId: 'I1',
      version: 2,
    });
    expect(() =>
      completeRevisit(completed, { by: 'REP1', outcome: 'x', satisfaction: 3, interactionId: 'I2' }, at),
    ).toThrow(/already completed/);
  });
});

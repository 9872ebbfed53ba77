import { describe, expect, it } from 'vitest';
import { defineEntity } from '../../functions/shared/entity.ts';

/** Keys built from an entity's declared templates. */
const Widgets = defineEntity({
  type: 'Widget',
  owner: 'test',
  description: 'A thing to key.',
  key: { pk: 'WIDGET#{id}', sk: 'REV#{revision:4}' },
  indexes: {
    gsi1: { pk: 'OWNER#{ownerId}#WIDGETS', sk: 'WIDGET#{id}' },
    gsi2: { pk: 'COLOUR#{colour}', sk: 'WIDGET#{id}', sparse: true },
  },
});

describe('an entity declaration', () => {
  it('fills its templates, pads numbers, and writes the type', () => {
    expect(Widgets.key({ id: 'W1', revision: 7 })).toEqual({ pk: 'WIDGET#W1', sk: 'REV#0007' });
    expect(Widgets.skPrefix).toBe('REV#');
    expect(Widgets.partition({ id: 'W1' })).toBe('WIDGET#W1');
    expect(Widgets.indexPartition('gsi1', { ownerId: 'O' })).toBe('OWNER#O#WIDGETS');
    expect(Widgets.item({ id: 'W1', revision: 1, ownerId: 'O', colour: 'red' }, { size: 3 })).toEqual({
      pk: 'WIDGET#W1',
      sk: 'REV#0001',
      gsi1pk: 'OWNER#O#WIDGETS',
      gsi1sk: 'WIDGET#W1',
      gsi2pk: 'COLOUR#red',
      gsi2sk: 'WIDGET#W1',
      entityType: 'Widget',
      size: 3,
    });
  });
  it('leaves an item out of a sparse index without its value, and refuses a missing key value', () => {
    expect(Widgets.keys({ id: 'W1', revision: 1, ownerId: 'O' })).not.toHaveProperty('gsi2pk');
    expect(() => Widgets.keys({ id: 'W1', revision: 1 } as never)).toThrow(/index gsi1/);
    expect(() => Widgets.key({ id: '', revision: 1 })).toThrow(/WIDGET#\{id\}/);
  });
});

import { TouchpointSchema, toTouchpointInput } from './touchpoint';

const tp = {
  id: 't1', journeyId: 'j1', channel: 'Webinar',
  touchedAt: '2025-01-01T00:00:00Z', convertedAt: '2025-01-08T12:00:00Z', value: 500,
};

describe('Touchpoint', () => {
  it('accepts UTC instants and rejects a plain date', () => {
    expect(TouchpointSchema.safeParse(tp).success).toBe(true);
    expect(TouchpointSchema.safeParse({ ...tp, touchedAt: '2025-01-01' }).success).toBe(false);
  });

  it('maps to attribution input: 1 Jan 2025 00:00Z = 1735689600000, 8 Jan 12:00Z = 1736337600000', () => {
    expect(toTouchpointInput(TouchpointSchema.parse(tp))).toEqual({
      journeyId: 'j1', channel: 'Webinar', touchedAt: 1735689600000, convertedAt: 1736337600000, value: 500,
    });
  });
});

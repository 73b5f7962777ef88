import { mapHeader, MissingColumnError } from './header';

const spec = { required: ['journey_id', 'channel'], optional: ['value'] } as const;

describe('mapHeader', () => {
  it('finds columns ignoring case, spaces, a byte order mark and extra columns', () => {
    expect(mapHeader(['notes', '\uFEFF Channel ', 'JOURNEY_ID'], spec)).toEqual({ journey_id: 2, channel: 1, value: -1 });
  });

  it('gives an optional column its position when present', () => {
    expect(mapHeader(['journey_id', 'channel', 'Value'], spec)).toEqual({ journey_id: 0, channel: 1, value: 2 });
  });

  it('takes the first of two columns with the same name', () => {
    expect(mapHeader(['channel', 'journey_id', 'channel'], spec).channel).toBe(0);
  });

  it('names the missing column and lists the header', () => {
    expect(() => mapHeader(['journey_id', 'Chanel', 'touched_at'], spec)).toThrow(
      new MissingColumnError('channel', ['journey_id', 'Chanel', 'touched_at']),
    );
    expect(() => mapHeader(['journey_id', 'Chanel'], spec)).toThrow(
      'missing column "channel" (the header has: journey_id, Chanel)',
    );
  });

  it('says so when the header is empty', () => {
    expect(() => mapHeader([''], spec)).toThrow('missing column "journey_id" (the header has: nothing)');
  });
});

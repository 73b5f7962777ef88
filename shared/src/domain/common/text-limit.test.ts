import { limitedNonBlank, limitedText, MULTIPLE_LINES_TEXT_MAX, SINGLE_LINE_TEXT_MAX, textLimitState, tooLongMessage } from './text-limit';

describe('text limits', () => {
  it('are 255 for a single line of text and 63,999 for multiple lines (SharePoint column types)', () => {
    expect([SINGLE_LINE_TEXT_MAX, MULTIPLE_LINES_TEXT_MAX]).toEqual([255, 63_999]);
  });

  it('say which field, how long it is, what fits and by how much to shorten: 312 − 255 = 57', () => {
    expect(tooLongMessage('Title', 312, 255)).toBe('Title is 312 characters; SharePoint holds at most 255 — shorten it by 57');
    expect(tooLongMessage('Notes', 70_000, 63_999)).toBe('Notes is 70,000 characters; SharePoint holds at most 63,999 — shorten it by 6,001');
  });

  it('accept 255 characters and refuse 256 with a too_big issue carrying that message', () => {
    const title = limitedNonBlank('Title', 255);
    expect(title.safeParse('x'.repeat(255)).success).toBe(true);
    const issues = title.safeParse('x'.repeat(256)).error?.issues ?? [];
    expect(issues.map((i) => [i.code, i.message])).toEqual([['too_big', 'Title is 256 characters; SharePoint holds at most 255 — shorten it by 1']]);
  });

  it('count after trimming a non-blank text (257 with two edge spaces is 255) and still refuse a blank one', () => {
    const title = limitedNonBlank('Title', 255);
    expect(title.safeParse(` ${'x'.repeat(255)} `).success).toBe(true);
    expect(title.safeParse('   ').error?.issues[0]?.code).toBe('too_small');
  });

  it('count an emoji as 2, as SharePoint (.NET UTF-16) does: 128 emoji are 256 characters', () => {
    expect(limitedText('Decision', 255).safeParse('🙂'.repeat(128)).success).toBe(false);
  });

  it('show no counter at 228 characters, "229 / 255" from 90 % of 255 (229.5 rounded down), and the error over the limit', () => {
    expect(textLimitState('Title', 'x'.repeat(228), 255)).toEqual({ length: 228, max: 255, counter: undefined, error: undefined, over: false });
    expect(textLimitState('Title', 'x'.repeat(229), 255).counter).toBe('229 / 255');
    expect(textLimitState('Title', 'x'.repeat(256), 255)).toEqual({
      length: 256,
      max: 255,
      counter: '256 / 255',
      error: 'Title is 256 characters; SharePoint holds at most 255 — shorten it by 1',
      over: true,
    });
  });
});

import { reportedLine, sharedReportedCycle } from './kpi-reporting';

describe('the review most KPIs reported for', () => {
  it('is 30 Nov when 2 of 4 KPIs last reported for it, one for 9 Nov and one never', () => {
    expect(sharedReportedCycle(['2026-11-30', '2026-11-30', '2026-11-09', null])).toBe('2026-11-30');
  });

  it('goes to the later review on a tie: 1 for 9 Nov and 1 for 30 Nov give 30 Nov', () => {
    expect(sharedReportedCycle(['2026-11-09', '2026-11-30'])).toBe('2026-11-30');
    expect(sharedReportedCycle(['2026-11-30', '2026-11-09'])).toBe('2026-11-30');
  });

  it('is null when no KPI has reported', () => {
    expect(sharedReportedCycle([null, null])).toBeNull();
    expect(sharedReportedCycle([])).toBeNull();
  });
});

describe('the reported line', () => {
  it('says what is still missing for the current cycle', () => {
    expect(reportedLine('2026-11-30', '2026-12-21')).toBe('Reported for the review of 30 Nov 2026 · nothing yet for 21 Dec 2026');
  });

  it('says only the review when the current cycle is reported, or when there is no next review', () => {
    expect(reportedLine('2026-12-21', '2026-12-21')).toBe('Reported for the review of 21 Dec 2026');
    expect(reportedLine('2026-11-30', null)).toBe('Reported for the review of 30 Nov 2026');
  });

  it('says "Nothing reported yet" for a KPI without actuals', () => {
    expect(reportedLine(null, '2026-12-21')).toBe('Nothing reported yet');
  });
});

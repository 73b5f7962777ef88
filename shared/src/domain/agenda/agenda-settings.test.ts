import { DEFAULT_AGENDA_SETTINGS, resolveAgendaSettings } from './agenda-settings';

describe('agenda settings', () => {
  it('defaults to a 21-day cadence, 42 days before a risk is stale, 4 minutes per off-track KPI', () => {
    expect(DEFAULT_AGENDA_SETTINGS).toMatchObject({ cadenceDays: 21, staleRiskDays: 42, kpiOffTrackMinutes: 4, deepDiveMinutes: 10 });
  });

  it('caps the long sections by default: risks 15 minutes, actions 10, 2 accounts named per MQA reason', () => {
    expect(DEFAULT_AGENDA_SETTINGS).toMatchObject({ riskSectionMaxMinutes: 15, actionSectionMaxMinutes: 10, mqaAccountsPerReason: 2 });
  });

  it('overrides one timebox (risk 8 minutes) and keeps the others (deep dive 10)', () => {
    const settings = resolveAgendaSettings({ riskMinutes: 8 });
    expect([settings.riskMinutes, settings.deepDiveMinutes]).toEqual([8, 10]);
  });

  it('refuses a negative timebox of -1 minute', () => {
    expect(() => resolveAgendaSettings({ riskMinutes: -1 })).toThrow();
  });
});

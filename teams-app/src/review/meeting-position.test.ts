/**
 * Where the meeting stands and the minutes spent per section, on a clock a reader can follow:
 * the KPI review opened at 0, 6 minutes on it, then the risks.
 */
import { moveToSection, selectItem, spentBySection, startPosition } from './meeting-position';

const MIN = 60_000;

describe('the time spent per section', () => {
  it('counts 6 minutes on the KPI review when it was opened 6 minutes ago', () => {
    expect(spentBySection(startPosition('kpi-review', 0), 6 * MIN)).toEqual({ 'kpi-review': 6 * MIN });
  });

  it('banks the 6 minutes when the meeting moves to the risks, and counts the risks from then: 6 and 2 at minute 8', () => {
    const onRisks = moveToSection(startPosition('kpi-review', 0), 'risks', 6 * MIN);
    expect(onRisks).toEqual({ sectionKey: 'risks', selectedKey: null, spentBeforeMs: { 'kpi-review': 6 * MIN }, openedAt: 6 * MIN });
    expect(spentBySection(onRisks, 8 * MIN)).toEqual({ 'kpi-review': 6 * MIN, risks: 2 * MIN });
  });

  it('adds to what was spent before when the meeting comes back: 6 + 3 = 9 minutes on the KPIs', () => {
    const back = moveToSection(moveToSection(startPosition('kpi-review', 0), 'risks', 6 * MIN), 'kpi-review', 8 * MIN);
    expect(spentBySection(back, 11 * MIN)).toEqual({ 'kpi-review': 9 * MIN, risks: 2 * MIN });
  });

  it('leaves the position as it is when moving to the section already open (its clock keeps running)', () => {
    const open = selectItem(startPosition('kpi-review', 0), 'kpi:pipeline');
    expect(moveToSection(open, 'kpi-review', 5 * MIN)).toBe(open);
  });

  it('clears the selection when moving on: the next decision is about the new section', () => {
    expect(moveToSection(selectItem(startPosition('kpi-review', 0), 'kpi:pipeline'), 'risks', MIN).selectedKey).toBeNull();
  });

  it('never counts negative time when the clock reads earlier than the opening (another frame opened it a moment later)', () => {
    expect(spentBySection(startPosition('risks', 10_000), 9_000)).toEqual({ risks: 0 });
  });
});

import { nextHeatMapCell } from './heat-map-keys';

const at = (likelihood: 1 | 2 | 3 | 4 | 5, impact: 1 | 2 | 3 | 4 | 5) => ({ likelihood, impact });
const press = (key: string, ctrlKey = false) => ({ key, ctrlKey });

describe('moving the focus inside the heat map', () => {
  it('moves one cell per arrow from 3 × 3: up to likelihood 4, down to 2, left to impact 2, right to 4', () => {
    expect(nextHeatMapCell(at(3, 3), press('ArrowUp'))).toEqual(at(4, 3));
    expect(nextHeatMapCell(at(3, 3), press('ArrowDown'))).toEqual(at(2, 3));
    expect(nextHeatMapCell(at(3, 3), press('ArrowLeft'))).toEqual(at(3, 2));
    expect(nextHeatMapCell(at(3, 3), press('ArrowRight'))).toEqual(at(3, 4));
  });

  it('stops at the edges: ArrowUp at likelihood 5 and ArrowRight at impact 5 stay put', () => {
    expect(nextHeatMapCell(at(5, 2), press('ArrowUp'))).toEqual(at(5, 2));
    expect(nextHeatMapCell(at(2, 5), press('ArrowRight'))).toEqual(at(2, 5));
    expect(nextHeatMapCell(at(1, 1), press('ArrowDown'))).toEqual(at(1, 1));
    expect(nextHeatMapCell(at(1, 1), press('ArrowLeft'))).toEqual(at(1, 1));
  });

  it('goes to the row’s ends with Home and End, and to the grid’s corners with Ctrl', () => {
    expect(nextHeatMapCell(at(3, 3), press('Home'))).toEqual(at(3, 1));
    expect(nextHeatMapCell(at(3, 3), press('End'))).toEqual(at(3, 5));
    expect(nextHeatMapCell(at(3, 3), press('Home', true))).toEqual(at(5, 1));
    expect(nextHeatMapCell(at(3, 3), press('End', true))).toEqual(at(1, 5));
  });

  it('goes to the top and bottom rows with Page Up and Page Down', () => {
    expect(nextHeatMapCell(at(3, 2), press('PageUp'))).toEqual(at(5, 2));
    expect(nextHeatMapCell(at(3, 2), press('PageDown'))).toEqual(at(1, 2));
  });

  it('leaves Tab, Enter and Space alone (null), so the focus can leave and the cell’s button toggles', () => {
    expect(nextHeatMapCell(at(3, 3), press('Tab'))).toBeNull();
    expect(nextHeatMapCell(at(3, 3), press('Enter'))).toBeNull();
    expect(nextHeatMapCell(at(3, 3), press(' '))).toBeNull();
  });
});

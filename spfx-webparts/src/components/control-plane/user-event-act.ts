/**
 * Test helper. user-event 14 drives @testing-library/dom 10, while @testing-library/react 12 (for
 * React 17) configures only its own nested dom 8 to wrap events in React's `act`. Without this,
 * every click that updates state warns "not wrapped in act(...)". Import it once in a .test.tsx.
 */
import { configure } from '@testing-library/dom';
import { act } from 'react-dom/test-utils';

configure({
  eventWrapper: (callback) => {
    let result: unknown;
    act(() => {
      result = callback();
    });
    return result;
  },
  asyncWrapper: async (callback) => {
    let result: unknown;
    await act(async () => {
      result = await callback();
    });
    return result;
  },
});

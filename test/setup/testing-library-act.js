/**
 * jest setup (jsdom tests only): user-event 14 drives @testing-library/dom 10, while
 * @testing-library/react 12 (the one for React 17) wraps only its own nested dom 8 in React's
 * `act`. Without this, every user-event click that updates state warns "not wrapped in act(...)".
 */
if (typeof document !== 'undefined') {
  const { configure } = require('@testing-library/dom');
  const { act } = require('react-dom/test-utils');
  configure({
    eventWrapper: (callback) => {
      let result;
      act(() => {
        result = callback();
      });
      return result;
    },
    asyncWrapper: async (callback) => {
      let result;
      await act(async () => {
        result = await callback();
      });
      return result;
    },
  });
}

// Fluent's icons are registered by the pages (initializeIcons); in jsdom they are not, and every
// icon would warn "was used but not registered". The tests look for text and roles, not glyphs.
if (typeof document !== 'undefined') {
  require('@fluentui/react').setIconOptions({ disableWarnings: true });
}

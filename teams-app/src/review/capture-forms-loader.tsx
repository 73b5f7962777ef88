/**
 * The capture forms (decision; action with its owner picker and due-date picker; deep dive) as a
 * chunk of their own. The stage draws none of them, and they are the heaviest part of the review's
 * UI (Fluent's ComboBox and DatePicker with its calendar), so the stage never loads them; the side
 * panel and the channel tab start loading them with the agenda (`loadCaptureForms()` in
 * src/review-page.tsx), so they are usually there by the time the agenda is drawn.
 * Same props as src/review/CaptureForms.tsx; until the chunk is in, a form draws nothing.
 */
import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type * as CaptureForms from './CaptureForms';

type Forms = typeof CaptureForms;

let loaded: Forms | null = null;
let loading: Promise<Forms> | null = null;

/** Loads the forms' chunk once (again after a failure); resolves when they can be drawn synchronously. */
export function loadCaptureForms(): Promise<Forms> {
  loading ??= import('./CaptureForms').then(
    (forms) => (loaded = forms),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

type Loaded = { forms: Forms } | { failed: string } | null;

function useCaptureForms(): Loaded {
  const [state, setState] = React.useState<Loaded>(loaded ? { forms: loaded } : null);
  React.useEffect(() => {
    if (state && 'forms' in state) return undefined;
    let live = true;
    loadCaptureForms().then(
      (forms) => live && setState({ forms }),
      (error: unknown) => live && setState({ failed: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

function Unavailable({ reason }: { reason: string }): React.ReactElement {
  return (
    <MessageBar messageBarType={MessageBarType.error} isMultiline>
      The form could not be loaded ({reason}). Reload the tab; nothing captured is lost.
    </MessageBar>
  );
}

/** A form drawn as `pick(forms)` once the chunk is in (synchronously when it already is). */
function lazyForm<P extends object>(name: string, pick: (forms: Forms) => (props: P) => React.ReactElement): (props: P) => React.ReactElement | null {
  function Form(props: P): React.ReactElement | null {
    const state = useCaptureForms();
    if (!state) return null;
    if ('failed' in state) return <Unavailable reason={state.failed} />;
    return React.createElement(pick(state.forms), props);
  }
  Form.displayName = name;
  return Form;
}

export const DecisionForm = lazyForm('DecisionForm', (forms) => forms.DecisionForm);
export const ActionForm = lazyForm('ActionForm', (forms) => forms.ActionForm);
export const DeepDiveForm = lazyForm('DeepDiveForm', (forms) => forms.DeepDiveForm);

import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';

/** Props of {@link SubmitButton}. */
export interface SubmitButtonProps {
  text: string;
  /** Validates and saves; the form reports what went wrong itself. */
  onSubmit: () => Promise<unknown>;
  /** While a save is in flight (one at a time per panel), or when the form cannot be used yet. */
  disabled: boolean;
}

/**
 * The one action of an MQA panel form. It sits in its own block because a vertical Stack stretches
 * its children: a bare button would span the panel's width.
 */
export function SubmitButton({ text, onSubmit, disabled }: SubmitButtonProps): React.ReactElement {
  return (
    <div>
      <PrimaryButton text={text} onClick={() => void onSubmit()} disabled={disabled} />
    </div>
  );
}

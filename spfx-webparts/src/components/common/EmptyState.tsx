import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

const classes = mergeStyleSets({ root: { padding: '32px 16px', textAlign: 'center' } });

/** Props of {@link EmptyState}: a title and, optionally, what the user can do next (text or a button). */
export interface EmptyStateProps {
  title: string;
  children?: React.ReactNode;
}

/** Shown when a list has no items (or a filter matches none), with the next step when there is one. */
export function EmptyState({ title, children }: EmptyStateProps): React.ReactElement {
  return (
    <Stack className={classes.root} tokens={{ childrenGap: 8 }} horizontalAlign="center" data-testid="empty-state">
      <Text variant="large" role="heading" aria-level={3}>
        {title}
      </Text>
      {children}
    </Stack>
  );
}

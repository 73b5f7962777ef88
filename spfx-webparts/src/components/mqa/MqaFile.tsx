import * as React from 'react';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { PeopleSearch } from '@gtm/shared';
import type { WebPartEnvironment } from '../common/environment';
import type { GtmRepositories } from '../common/repositories';
import { AccountsView } from './AccountsView';
import { DirectRequestsView } from './lazy-parts';

/** Props of {@link MqaFile}: the host's environment, the repositories over its list store, and the directory. */
export interface MqaFileProps {
  env: WebPartEnvironment;
  repositories: GtmRepositories;
  /** The directory a hand-over's Sales owner is picked from. */
  peopleSearch: PeopleSearch;
}

/**
 * The MQA file web part (DOMAIN.md §5): "Accounts" — the account-based model by stage, with the
 * account panel and the OLS/CS attribution card — and "Direct requests", the Global Marketing
 * Director's triage queue. Each view loads its lists when shown.
 */
export function MqaFile({ env, repositories, peopleSearch }: MqaFileProps): React.ReactElement {
  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="mqa-file">
      <Text variant="xLarge" role="heading" aria-level={2}>
        MQA file
      </Text>
      <Pivot aria-label="MQA file views" headersOnly={false}>
        <PivotItem headerText="Accounts" itemKey="accounts">
          <AccountsView env={env} repositories={repositories} peopleSearch={peopleSearch} />
        </PivotItem>
        <PivotItem headerText="Direct requests" itemKey="requests">
          <DirectRequestsView env={env} repositories={repositories} />
        </PivotItem>
      </Pivot>
    </Stack>
  );
}

import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { Kpi, KpiStatus } from '@gtm/shared';
import { KPI_STATUS_LABELS } from '@gtm/shared';
import { KpiStatusBadge } from '../common/KpiStatusBadge';

/** Props of {@link MonitoringKpiPicker}. */
export interface MonitoringKpiPickerProps {
  kpis: readonly Kpi[];
  kpiStatuses: ReadonlyMap<string, KpiStatus>;
  selectedIds: readonly string[];
  onChange: (ids: string[]) => void;
  /** Set when the KPIs could not be read: the picker is then disabled with this explanation. */
  unavailable?: string;
}

function statusOf(statuses: ReadonlyMap<string, KpiStatus>, id: string): KpiStatus {
  return statuses.get(id) ?? 'no-data';
}

/**
 * The Control Plane KPIs that monitor this risk, picked from the KPI list, each shown with its
 * current status: one off track triggers the risk.
 */
export function MonitoringKpiPicker({ kpis, kpiStatuses, selectedIds, onChange, unavailable }: MonitoringKpiPickerProps): React.ReactElement {
  const options: IDropdownOption[] = kpis.map((k) => ({
    key: k.id,
    text: `${k.title} — ${KPI_STATUS_LABELS[statusOf(kpiStatuses, k.id)]}`,
  }));
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Dropdown
        label="Monitoring KPIs"
        multiSelect
        placeholder={unavailable ?? 'Choose the KPIs that signal this risk'}
        disabled={unavailable !== undefined}
        options={options}
        selectedKeys={[...selectedIds]}
        onChange={(_, option) => {
          if (!option) return;
          const id = String(option.key);
          onChange(option.selected ? [...selectedIds, id] : selectedIds.filter((s) => s !== id));
        }}
      />
      {selectedIds.length > 0 && (
        <ul aria-label="Monitoring KPIs and their status" data-testid="monitoring-kpis" style={{ margin: 0, paddingLeft: 20 }}>
          {selectedIds.map((id) => {
            const kpi = kpis.find((k) => k.id === id);
            const status = statusOf(kpiStatuses, id);
            return (
              <li key={id}>
                {/* A link to a KPI that is gone stays visible (and saved): nobody chose to remove it. */}
                <Text>{kpi?.title ?? `KPI ${id} (not found in the KPI list)`}: </Text>
                {/* The Control Plane's badge: its own fill reads on any section background. */}
                <KpiStatusBadge status={status} />
              </li>
            );
          })}
        </ul>
      )}
    </Stack>
  );
}

/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react';
import { ControlPlane } from '../control-plane/ControlPlane';
import { ANA, fixedEnv, seedControlPlane } from '../control-plane/control-plane.fixture';
import { MqaFile } from '../mqa/MqaFile';
import { GMD, accountAt, seedMqa } from '../mqa/mqa.fixture';
import { RiskRegister } from '../risk-register/RiskRegister';
import { GINA, riskRegisterFixture, testEnv } from '../risk-register/risk-register.fixture';
import { directorySearch } from './directory.fixture';
import { MineToggle, mineCountText } from './MineToggle';

setIconOptions({ disableWarnings: true });

const mineSwitch = (): HTMLElement => screen.getByRole('switch', { name: /^Mine/ });

describe('MineToggle', () => {
  it('is a switch named after the signed-in user, off, with no count until it is on', () => {
    render(<MineToggle checked={false} onChange={() => undefined} userName="Ana Silva" counts={[{ mine: 3, total: 12, noun: 'risks' }]} />);
    expect(mineSwitch()).toHaveAccessibleName("Mine (Ana Silva's items only)");
    expect(mineSwitch()).not.toBeChecked();
    expect(screen.getByTestId('mine-count')).toHaveTextContent('');
  });

  it('turns on with the Space key and says "3 of 12 risks are yours" in a live region', async () => {
    const user = userEvent.setup();
    function Host(): React.ReactElement {
      const [on, setOn] = React.useState(false);
      return <MineToggle checked={on} onChange={setOn} userName="Ana Silva" counts={[{ mine: 3, total: 12, noun: 'risks' }]} />;
    }
    render(<Host />);
    mineSwitch().focus();
    await user.keyboard(' ');
    expect(mineSwitch()).toBeChecked();
    expect(screen.getByTestId('mine-count')).toHaveTextContent('3 of 12 risks are yours');
    expect(screen.getByTestId('mine-count')).toHaveAttribute('aria-live', 'polite');
  });

  it('joins several counts: "2 of 4 KPIs, 0 of 3 priorities"', () => {
    expect(
      mineCountText([
        { mine: 2, total: 4, noun: 'KPIs' },
        { mine: 0, total: 3, noun: 'priorities' },
      ]),
    ).toBe('2 of 4 KPIs, 0 of 3 priorities');
  });
});

describe('"Mine" in the Control Plane', () => {
  it('shows Ana Silva only her 2 of 4 KPIs, 2 of 3 priorities and 2 of 3 open actions', async () => {
    const seeded = await seedControlPlane();
    render(<ControlPlane env={fixedEnv({ currentUser: { email: 'ANA.SILVA@contoso.example', displayName: 'Ana Silva' } })} repositories={seeded.repositories} peopleSearch={directorySearch} />);
    await screen.findAllByTestId('kpi-card');
    expect(screen.getAllByTestId('kpi-card')).toHaveLength(4);
    await userEvent.click(mineSwitch());
    expect(screen.getByTestId('mine-count')).toHaveTextContent('2 of 4 KPIs, 2 of 3 priorities, 2 of 3 open actions are yours');
    expect(screen.getAllByTestId('kpi-card')).toHaveLength(2);
    expect(screen.getAllByTestId('action-row').map((r) => r.textContent)).toEqual([
      expect.stringContaining('Send the revised pricing deck'),
      expect.stringContaining('Draft the Q1 plan'),
    ]);
    expect(within(screen.getByTestId('priority-list')).getAllByText(ANA.displayName ?? '')).toHaveLength(2);
  });

  it('says "Nothing of yours here" to Alex Morgan, who owns none of them', async () => {
    const seeded = await seedControlPlane();
    render(<ControlPlane env={fixedEnv()} repositories={seeded.repositories} peopleSearch={directorySearch} />);
    await screen.findAllByTestId('kpi-card');
    await userEvent.click(mineSwitch());
    expect(screen.getByTestId('mine-count')).toHaveTextContent('0 of 4 KPIs, 0 of 3 priorities, 0 of 3 open actions are yours');
    expect(screen.getAllByRole('heading', { name: 'Nothing of yours here' })).toHaveLength(3);
  });
});

describe('"Mine" in the Risk Register', () => {
  it('shows Gina Moretti her 1 of 3 active risks, and the heat map counts only hers', async () => {
    const fixture = await riskRegisterFixture();
    render(<RiskRegister env={testEnv({ currentUser: GINA })} repositories={fixture.repositories} peopleSearch={directorySearch} />);
    await screen.findByTestId('risk-list');
    await userEvent.click(mineSwitch());
    expect(screen.getByTestId('mine-count')).toHaveTextContent('1 of 3 risks is yours');
    expect(screen.getAllByTestId('risk-title').map((t) => t.textContent)).toEqual(['Pipeline coverage below 3×']);
    expect(screen.getByTestId('risk-count')).toHaveTextContent('Showing 1 of 4 risks');
    expect(screen.getByTestId('heat-cell-4-4')).toHaveAccessibleName('Likelihood 4, Impact 4: 1 risk');
    // Pat's "Competitor bundles detection" (residual 2 × 5) is no longer counted.
    expect(screen.getByTestId('heat-cell-2-5')).toHaveAccessibleName('Likelihood 2, Impact 5: 0 risks');
  });

  it('offers "Show everyone\'s" when Alex Morgan owns no risk, and that turns "Mine" off', async () => {
    const fixture = await riskRegisterFixture();
    render(<RiskRegister env={fixture.env} repositories={fixture.repositories} peopleSearch={directorySearch} />);
    await screen.findByTestId('risk-list');
    await userEvent.click(mineSwitch());
    expect(screen.getByRole('heading', { name: 'Nothing of yours here' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: "Show everyone's" }));
    expect(mineSwitch()).not.toBeChecked();
    expect(screen.getAllByTestId('risk-title')).toHaveLength(3);
  });
});

describe('"Mine" in the MQA file', () => {
  it('keeps the 2 of 3 accounts Elena Ricci owns for Marketing or for Sales', async () => {
    const bo = { email: 'bo.chen@contoso.example', displayName: 'Bo Chen' };
    const seeded = await seedMqa({
      accounts: [
        accountAt({ name: 'Initech' }),
        { ...accountAt({ name: 'Globex', owner: bo }), salesOwner: GMD },
        accountAt({ name: 'Acme', owner: bo }),
      ],
    });
    render(<MqaFile env={seeded.env} repositories={seeded.repositories} peopleSearch={directorySearch} />);
    await screen.findByTestId('accounts-view');
    await userEvent.click(mineSwitch());
    expect(screen.getByTestId('mine-count')).toHaveTextContent('2 of 3 accounts are yours');
    expect(screen.getByTestId('accounts-in-view')).toHaveTextContent('2 of 3 accounts');
    expect(screen.queryByRole('button', { name: 'Acme' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Globex' })).toBeInTheDocument();
  });
});

/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react';
import { GTM_KPIS_LIST, ListStoreError, RISK_REGISTER_LIST, ThrottledError, createMemoryListStore } from '@gtm/shared';
import { createGtmRepositories } from '../common';
import { RiskRegister } from './RiskRegister';
import { riskRegisterFixture, testEnv } from './risk-register.fixture';
import { directorySearch } from '../common/directory.fixture';

setIconOptions({ disableWarnings: true });

describe('Risk Register states', () => {
  it('says it is loading until the lists answer', async () => {
    const { env, repositories } = await riskRegisterFixture();
    render(<RiskRegister env={env} repositories={repositories} peopleSearch={directorySearch} />);
    expect(screen.getByText('Loading the Risk Register…')).toBeInTheDocument();
    await screen.findByTestId('risk-list');
  });

  it('invites the first risk when the register is empty', async () => {
    const store = createMemoryListStore();
    render(<RiskRegister env={testEnv()} repositories={createGtmRepositories(store)} peopleSearch={directorySearch} />);
    expect(await screen.findByRole('heading', { name: 'No risks in the register yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add the first risk' })).toBeInTheDocument();
  });

  it('offers a site owner "Create the GTM lists" when the Risk Register list is missing, then shows the register', async () => {
    const store = createMemoryListStore();
    store.removeList(RISK_REGISTER_LIST.title);
    let provisioned = 0;
    const env = testEnv({ canManageLists: true, provisionLists: async () => {
      provisioned += 1;
      store.restoreList(RISK_REGISTER_LIST.title);
    } });
    render(<RiskRegister env={env} repositories={createGtmRepositories(store)} peopleSearch={directorySearch} />);
    expect(await screen.findByText(/List 'Risk Register' does not exist/)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Create the GTM lists' }));
    expect(await screen.findByRole('heading', { name: 'No risks in the register yet' })).toBeInTheDocument();
    expect(provisioned).toBe(1);
  });

  it('tells a member to ask a site owner when the list is missing', async () => {
    const store = createMemoryListStore();
    store.removeList(RISK_REGISTER_LIST.title);
    render(<RiskRegister env={testEnv({ canManageLists: false })} repositories={createGtmRepositories(store)} peopleSearch={directorySearch} />);
    expect(await screen.findByText(/Ask a site owner/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create the GTM lists' })).not.toBeInTheDocument();
  });

  it('says SharePoint is busy and retrying when the read is throttled', async () => {
    const { env, repositories, store } = await riskRegisterFixture();
    store.failNext(new ThrottledError('Risk Register: read', 429, 30), 3);
    render(<RiskRegister env={env} repositories={repositories} peopleSearch={directorySearch} />);
    expect(await screen.findByText(/SharePoint is busy, retrying…/)).toHaveTextContent('(in 30 s)');
  });

  it('says the user has no permission on a 403', async () => {
    const { env, repositories, store } = await riskRegisterFixture();
    store.failNext(new ListStoreError('Risk Register: Access denied.', 403), 3);
    render(<RiskRegister env={env} repositories={repositories} peopleSearch={directorySearch} />);
    expect(await screen.findByText(/You do not have permission to read the GTM lists/)).toBeInTheDocument();
  });

  it('still shows the risks when the KPI list is missing, and warns that triggers cannot be checked', async () => {
    const { env, repositories, store } = await riskRegisterFixture();
    store.removeList(GTM_KPIS_LIST.title);
    render(<RiskRegister env={env} repositories={repositories} peopleSearch={directorySearch} />);
    expect(await screen.findByTestId('kpi-error')).toHaveTextContent(/triggered risks are not flagged/);
    expect(screen.getAllByTestId('risk-title')).toHaveLength(3);
    expect(screen.queryByTestId('triggered-badge')).not.toBeInTheDocument();
  });

  it('reports an item that is not a valid risk by its id, and shows the others', async () => {
    const { env, repositories, store } = await riskRegisterFixture();
    const [id] = store.seed(RISK_REGISTER_LIST, [{ Title: 'Broken', GtmCategory: 'Legal', GtmOwner: { email: 'x@contoso.example' }, GtmStatus: 'Open' }]);
    render(<RiskRegister env={env} repositories={repositories} peopleSearch={directorySearch} />);
    expect(await screen.findByTestId('invalid-rows')).toHaveTextContent(`1 item could not be read and is left out; fix them in the list:Risk Register, item ${id}`);
    expect(screen.getByTestId('invalid-rows')).toHaveTextContent(`item ${id}`);
    await waitFor(() => expect(screen.getAllByTestId('risk-title')).toHaveLength(3));
  });
});

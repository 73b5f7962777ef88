import { PersonNotFoundError } from '@gtm/shared';
import { describeError } from './error-message';

describe('describeError: what End review says when a write fails', () => {
  it('names the owner who is not a site user yet, and both ways to fix it', () => {
    const message = describeError(new PersonNotFoundError('elena.bauer@contoso.example', 'elena.bauer@contoso.example is not a user of this SharePoint site yet.'));
    expect(message).toBe(
      'elena.bauer@contoso.example is in the directory but not yet a user of the GTM SharePoint site, and Teams cannot add them. ' +
        'Ask elena.bauer@contoso.example to open the site once (signed in as themselves), or ask a site owner to add them (or assign them once in a GTM web part), then retry. Everything is kept on this device.',
    );
  });
});

import type { ListSchema } from '../lists/list-schema';
import { PersonNotFoundError, withPersonIds, type SitePeople } from './site-people';

/** The site knows Ana (id 7) only. */
const people: SitePeople = {
  idOf: (email) => (email === 'ana@contoso.com' ? Promise.resolve(7) : Promise.reject(new PersonNotFoundError(email, `${email} is not a user of this site`))),
};
const list = (skipUnknownPeople: boolean): ListSchema => ({
  title: 'Team', urlName: 'Team', description: '', titleDisplayName: 'Title', views: [],
  fields: [{ name: 'GtmAttendeePeople', displayName: 'Attendees', type: 'person', multi: true, skipUnknownPeople }],
});
const values = { GtmAttendeePeople: [{ email: 'ana@contoso.com' }, { email: 'guest@partner.example' }] };

describe('withPersonIds on a multi-person column', () => {
  it('fails the write on the first person the site cannot take', async () => {
    await expect(withPersonIds(list(false), values, people)).rejects.toThrow('guest@partner.example is not a user of this site');
  });

  it('with skipUnknownPeople leaves the guest out and keeps Ana with her id 7', async () => {
    expect(await withPersonIds(list(true), values, people)).toEqual({ GtmAttendeePeople: [{ email: 'ana@contoso.com', id: 7 }] });
  });
});

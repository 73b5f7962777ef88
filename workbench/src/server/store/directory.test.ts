import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from './db';
import { allDirectoryPeople, findDirectoryEntry } from './directory';

describe('the directory table', () => {
  it('is filled when a data folder is created, and again on the next open of a folder made before it existed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gtm-directory-'));
    try {
      const db = openDb(dir);
      expect(allDirectoryPeople(db)).toHaveLength(40);
      db.exec('DROP TABLE directory'); // a data folder from before the directory
      db.close();
      const reopened = openDb(dir);
      expect(allDirectoryPeople(reopened)).toHaveLength(40);
      // Opening twice adds nobody twice.
      reopened.close();
      const again = openDb(dir);
      expect(allDirectoryPeople(again)).toHaveLength(40);
      expect(findDirectoryEntry(again, 'ANNA.BERG@contoso.example')?.displayName).toBe('Anna Berg');
      again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

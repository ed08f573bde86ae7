// What a person needs to hear after every key was renewed: who else needs the new sharing
// card, and which backups still open with the secrets that may have been seen.
import type { NewKeys } from '../bindings/NewKeys';
import * as clock from '../clock';
import { dateLabel } from '../records/labels';

export function newKeysNotes(keys: NewKeys, now: Date = clock.now()): string[] {
  const notes: string[] = [];
  if (keys.sharingKeyRenewed) {
    notes.push(
      'Your sharing key is new too. Letters sealed for the old one will not open here: give your partner your new sharing card from Settings, and read the new fingerprints to each other.',
    );
  }
  const earlier = keys.earlierBackups;
  if (earlier && earlier.count > 0) {
    const newest = dateLabel(earlier.newest.slice(0, 10), now);
    const which =
      earlier.count === 1
        ? `The backup in ${earlier.folder} (from ${newest}) still opens`
        : `The ${earlier.count} backups in ${earlier.folder} (the newest from ${newest}) still open`;
    notes.push(
      `${which} with your old passphrase and your old recovery key. If someone may have seen those and can reach that folder, delete the older backups there, with the key file named kintsugi-identity-until-… beside them. Backups from now on open only with your new keys.`,
    );
  }
  return notes;
}

// When typing opens the card typeahead of a mention node, and what it searches for.
import { describe, expect, it } from 'vitest';
import { matchMentionTrigger } from '../../../../../../renderer/src/features/notebook/plugins/mentions/mentionTrigger';

describe('matchMentionTrigger', () => {
  it('opens on @ or [[ at the start or after a space, with the name typed so far', () => {
    expect(matchMentionTrigger('@')).toEqual({ leadOffset: 0, matchingString: '', replaceableString: '@' });
    expect(matchMentionTrigger('Seen with @ibrahim awad')).toEqual({ leadOffset: 10, matchingString: 'ibrahim awad', replaceableString: '@ibrahim awad' });
    expect(matchMentionTrigger('of [[Desert Brigade')).toEqual({ leadOffset: 3, matchingString: 'Desert Brigade', replaceableString: '[[Desert Brigade' });
    expect(matchMentionTrigger('(@Raqqa')?.matchingString).toBe('Raqqa');
  });

  it('stays closed for e-mail addresses, prose after a lone @, and closed brackets', () => {
    expect(matchMentionTrigger('write to analyst@example.org')).toBeNull();
    expect(matchMentionTrigger('meet @ noon')).toBeNull();
    expect(matchMentionTrigger('@Ahmed  said')).toBeNull();
    expect(matchMentionTrigger('[[Raqqa]] fell')).toBeNull();
  });
});

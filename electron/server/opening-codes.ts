// One-time opening codes: `web` opens the browser on a link that carries one of these instead of
// the launch token, because a program's command line is visible to every local user (`ps`). The
// page trades the code for the token once; after that, or after a short while, the code is dead.
import { randomBytes } from 'node:crypto';
import { tokensMatch } from './guards';

/** Long enough for a browser to start on a loaded machine; short enough to be of little use later. */
export const OPENING_CODE_LIFETIME_MS = 2 * 60 * 1000;

export type Redemption = 'ok' | 'used' | 'expired' | 'unknown';

interface IssuedCode {
  code: string;
  issuedAt: number;
  used: boolean;
}

export interface OpeningCodes {
  issue(): string;
  redeem(candidate: string): Redemption;
}

export function createOpeningCodes(now: () => number): OpeningCodes {
  const issued: IssuedCode[] = [];
  return {
    issue() {
      const code = randomBytes(32).toString('hex');
      issued.push({ code, issuedAt: now(), used: false });
      return code;
    },
    redeem(candidate) {
      // Compared in constant time, like the token; the list holds one entry per `web` launch.
      const entry = issued.find((item) => tokensMatch(candidate, item.code));
      if (!entry) return 'unknown';
      if (entry.used) return 'used';
      if (now() - entry.issuedAt > OPENING_CODE_LIFETIME_MS) return 'expired';
      entry.used = true;
      return 'ok';
    },
  };
}

const REFUSALS: Record<Exclude<Redemption, 'ok'>, string> = {
  used: 'This opening link was already used. If you did not open it twice, someone else on this computer may have: stop the notebook (Ctrl+C) and start it again.',
  expired: 'This opening link has expired. Open the address the notebook printed when it started, or start it again.',
  unknown: 'This opening link is not one this notebook issued. Open the address the notebook printed when it started.',
};

export function refusalMessage(redemption: Exclude<Redemption, 'ok'>): string {
  return REFUSALS[redemption];
}

// Once before the e2e files: Chromium must be there, and the app is built if its sources changed.
import { ensureAppBuilt } from '../../electron/cli/app-build';
import { assertChromiumInstalled } from '../helpers/chromium';

export default async function setup(): Promise<void> {
  assertChromiumInstalled();
  await ensureAppBuilt();
}

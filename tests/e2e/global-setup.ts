// Once before the e2e files: Chromium must be there, the app is built if its sources changed, and
// the command line that serves it is compiled from the current sources.
import { ensureAppBuilt } from '../../electron/cli/app-build';
import { useCliBundle } from '../helpers/cli-bundle';
import { assertChromiumInstalled } from '../helpers/chromium';

export default async function setup(): Promise<void> {
  assertChromiumInstalled();
  await Promise.all([ensureAppBuilt(), useCliBundle()]);
}

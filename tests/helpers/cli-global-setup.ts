// Once before the unit files: the CLI tests run the command line compiled from the current sources.
import { useCliBundle } from './cli-bundle';

export default async function setup(): Promise<void> {
  await useCliBundle();
}

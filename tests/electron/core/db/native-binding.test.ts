import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseNativeBinding, electronBindingPath, electronBuildEnv, nativeCacheRoot } from '../../../../electron/core/db/native-binding';

const projectRoot = resolve(__dirname, '../../../..');
const cacheRoot = nativeCacheRoot(projectRoot);
const electron = { electronVersion: '45.5.0', platform: 'linux', arch: 'x64' };

describe('chooseNativeBinding', () => {
  it('gives no binding under Node: better-sqlite3 uses its own build', () => {
    const exists = () => {
      throw new Error('not consulted under Node');
    };
    expect(chooseNativeBinding(cacheRoot, { ...electron, electronVersion: undefined }, exists)).toEqual({ nativeBinding: undefined });
  });

  it('gives the Electron build when it has been made', () => {
    const expected = electronBindingPath(cacheRoot, electron);
    const result = chooseNativeBinding(cacheRoot, electron, (path) => path === expected);
    expect(result).toEqual({ nativeBinding: expected });
    expect(expected).toMatch(/45\.5\.0-linux-x64[\\/]better_sqlite3\.node$/);
  });

  it('names the Electron version and the missing path when the build is missing', () => {
    const result = chooseNativeBinding(cacheRoot, electron, () => false);
    expect(result).toHaveProperty('error');
    const { error } = result as { error: string };
    expect(error).toContain('Electron 45.5.0');
    expect(error).toContain(electronBindingPath(cacheRoot, electron));
  });

  it('never puts the Electron build where the Node build lives', () => {
    const nodeBuild = createRequire(join(projectRoot, 'package.json')).resolve('better-sqlite3/build/Release/better_sqlite3.node');
    const electronBuild = electronBindingPath(cacheRoot, electron);
    expect(electronBuild).not.toBe(nodeBuild);
    expect(dirname(electronBuild).startsWith(dirname(nodeBuild))).toBe(false);
    expect(electronBuild.startsWith(join(projectRoot, 'node_modules', 'better-sqlite3'))).toBe(false);
  });

  it('keeps one build per Electron version, platform and arch', () => {
    const paths = new Set([
      electronBindingPath(cacheRoot, electron),
      electronBindingPath(cacheRoot, { ...electron, electronVersion: '46.0.0' }),
      electronBindingPath(cacheRoot, { ...electron, arch: 'arm64' }),
      electronBindingPath(cacheRoot, { ...electron, platform: 'darwin' }),
    ]);
    expect(paths.size).toBe(4);
  });
});

describe('electronBuildEnv', () => {
  it('aims the install script at Electron without changing the base env', () => {
    const base = { PATH: '/usr/bin' };
    const env = electronBuildEnv('45.5.0', base);
    expect(env).toMatchObject({ PATH: '/usr/bin', npm_config_runtime: 'electron', npm_config_target: '45.5.0' });
    expect(env.npm_config_build_from_source).toBe('false');
    expect(base).toEqual({ PATH: '/usr/bin' });
    expect(electronBuildEnv('45.5.0', { npm_config_build_from_source: 'true' }).npm_config_build_from_source).toBe('true');
  });
});

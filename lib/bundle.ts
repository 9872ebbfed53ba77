import { join } from 'node:path';
import { build } from 'esbuild';
import { BUNDLING, ROOT } from './domain-function.ts';

/** A handler module (repository-relative), or a module's source written for a benchmark. */
export type BundleSource = { entry: string } | { contents: string; name: string };

/**
 * Bundles a module with the CDK stack's own options, as `cdk deploy` does, for what measures or
 * tests the deployed code (the benchmarks, the bundle test); answers the bundle's path.
 */
export async function bundleAsDeployed(source: BundleSource, outfile: string): Promise<string> {
  await build({
    ...('entry' in source
      ? { entryPoints: [join(ROOT, source.entry)] }
      : {
          stdin: {
            contents: source.contents,
            resolveDir: ROOT,
            loader: 'ts',
            sourcefile: `${source.name}.ts`,
          },
        }),
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: BUNDLING.target,
    minify: BUNDLING.minify,
    sourcemap: BUNDLING.sourceMap,
    sourcesContent: BUNDLING.sourcesContent,
    mainFields: BUNDLING.mainFields,
    banner: { js: BUNDLING.banner },
    alias: Object.fromEntries(BUNDLING.esbuildArgs['--alias'].map((alias) => alias.split('='))),
    logLevel: 'error',
  });
  return outfile;
}

// Writes generated documents, or with `--check` fails when a committed one is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

export interface Output {
  /** Relative to the repository root. */
  path: string;
  text: string;
  parser: 'json' | 'markdown' | 'typescript';
}

export async function writeOrCheck(outputs: Output[], command: string, summary: string): Promise<void> {
  const formatted = await Promise.all(
    outputs.map(async (output) => {
      const file = new URL(`../${output.path}`, import.meta.url);
      const options = { ...(await resolveConfig(file.pathname)), parser: output.parser };
      return { file, path: output.path, text: await format(output.text, options) };
    }),
  );
  const paths = outputs.map((output) => output.path).join(' and ');
  if (process.argv.includes('--check')) {
    const stale = formatted.filter(({ file, text }) => {
      try {
        return readFileSync(file, 'utf8') !== text;
      } catch {
        return true;
      }
    });
    if (stale.length > 0) {
      console.error(`${stale.map(({ path }) => path).join(', ')} stale: run npm run ${command}`);
      process.exit(1);
    }
    console.log(`${paths} ${outputs.length === 1 ? 'is' : 'are'} current`);
  } else {
    for (const { file, text } of formatted) writeFileSync(file, text);
    console.log(`wrote ${paths} (${summary})`);
  }
}

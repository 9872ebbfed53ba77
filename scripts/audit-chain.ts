// `npm run audit-chain -- [--from <day>] [--to <day>]`: checks the audit trail's sealed days again
// through the API (`GET /audit/seals/{day}`), one line per day, and exits 1 when any no longer
// matches its seal. Against the running local backend it signs in as the demo auditor; against a
// deployed stage give `--url <ApiUrl>` and an auditor's token in `TOKEN` (`npm run login`).
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { from: { type: 'string' }, to: { type: 'string' }, url: { type: 'string' } },
});
const day = /^\d{4}-\d{2}-\d{2}$/;
for (const bound of [values.from, values.to])
  if (bound !== undefined && !day.test(bound)) {
    console.error('--from and --to take a day, e.g. 2026-12-01');
    process.exit(2);
  }

/** The running local backend's address and an auditor's token, unless the caller gave its own. */
async function target(): Promise<{ base: string; token: string }> {
  if (values.url) {
    if (!process.env.TOKEN) {
      console.error('Give an auditor’s token in TOKEN (npm run --silent login -- --stage <stage>).');
      process.exit(2);
    }
    return { base: values.url.replace(/\/$/, ''), token: process.env.TOKEN };
  }
  const { ensureDataDir, runningBackend } = await import('../local/config.ts');
  const url = runningBackend();
  const [{ findDemoEmployee }, { localIssuer }] = await Promise.all([
    import('../local/demo-data.ts'),
    import('../local/issuer.ts'),
  ]);
  const auditor = findDemoEmployee({ role: 'auditor' })!;
  const issuer = await localIssuer(ensureDataDir());
  return { base: url, token: process.env.TOKEN ?? (await issuer.issue(auditor, 600)) };
}

const { base, token } = await target();
const get = async (path: string) => {
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } }).catch(
    () => {
      console.error(`Nothing answers on ${base}: start the backend with npm start, or give --url.`);
      process.exit(1);
    },
  );
  if (!response.ok) {
    console.error(`GET ${path}: ${response.status} ${await response.text()}`);
    process.exit(1);
  }
  return (await response.json()) as Record<string, unknown>;
};

// The seals, newest first, page by page, until the range is passed.
const days: string[] = [];
let cursor: string | undefined;
do {
  const page = (await get(
    `/audit/seals?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
  )) as {
    items: { day: string }[];
    nextCursor?: string;
  };
  days.push(
    ...page.items
      .map((seal) => seal.day)
      .filter((each) => (!values.to || each <= values.to) && (!values.from || each >= values.from)),
  );
  cursor = values.from && page.items.some((seal) => seal.day < values.from!) ? undefined : page.nextCursor;
} while (cursor);

let broken = 0;
for (const each of days.reverse()) {
  const check = (await get(`/audit/seals/${each}`)) as {
    intact: boolean;
    problems: string[];
    seal: { count: number };
  };
  if (!check.intact) broken++;
  console.log(
    `${each}  ${check.intact ? 'intact' : 'BROKEN'}  ${check.seal.count} entries${check.intact ? '' : `: ${check.problems.join('; ')}`}`,
  );
}
console.log(
  days.length === 0 ? 'No sealed day in that range.' : `${days.length} day(s) checked, ${broken} broken.`,
);
process.exit(broken > 0 ? 1 : 0);

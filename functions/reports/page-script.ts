/**
 * The report page's own script (served as `/reports/assets/report-page.js`, so the page's Content
 * Security Policy allows scripts from this API only). It asks the JSON report endpoints with the
 * reader's own token and draws them with Chart.js; every chart has its figures in a table too.
 */
export const REPORT_PAGE_SCRIPT = String.raw`import { completeSignIn, idToken, signIn, signOut, signedInAs } from './sign-in.js';

(async () => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const signInError = () => Object.assign(new Error('Sign in to see the reports.'), { signIn: true });
  const money = (minor, currency) =>
    new Intl.NumberFormat(document.documentElement.lang, { style: 'currency', currency: currency || 'CNY' }).format(minor / 100);
  const percent = (basisPoints) => (basisPoints === undefined ? '–' : (basisPoints / 100).toFixed(1) + ' %');
  const charts = [];

  async function get(path) {
    const token = await idToken();
    if (!token) throw signInError();
    const response = await fetch(path, { headers: { authorization: 'Bearer ' + token, accept: 'application/json' } });
    if (response.status === 401) throw Object.assign(new Error('Your sign-in has expired: sign in again.'), { signIn: true });
    if (response.status === 403) throw new Error('Not available to your role.');
    if (!response.ok) throw new Error('The report could not be read (' + response.status + ').');
    return response.json();
  }

  /** The figures of a chart as a table, or a note when there are none yet. */
  function table(section, head, rows, nothing = 'Nothing yet for this period.') {
    if (rows.length === 0) {
      const note = document.createElement('p');
      note.className = 'empty';
      note.textContent = nothing;
      $(section).querySelector('.figures').replaceChildren(note);
      return;
    }
    const element = document.createElement('table');
    const header = element.createTHead().insertRow();
    for (const text of head) header.appendChild(document.createElement('th')).textContent = text;
    const body = element.createTBody();
    for (const row of rows) {
      const line = body.insertRow();
      for (const text of row) line.insertCell().textContent = text;
    }
    $(section).querySelector('.figures').replaceChildren(element);
  }

  function chart(section, config) {
    const canvas = $(section).querySelector('canvas');
    charts.push(new Chart(canvas, { ...config, options: { responsive: true, animation: false, ...config.options } }));
    $(section).dataset.state = 'drawn';
  }

  function failed(section, error) {
    $(section).dataset.state = 'failed';
    $(section).querySelector('.figures').textContent = error.message;
    if (error.signIn) showSignIn();
  }

  async function revenue(period) {
    const report = await get('/reports/sales?by=month&period=' + period);
    const labels = report.rows.map((row) => row.key);
    chart('revenue', {
      data: {
        labels,
        datasets: [
          { type: 'bar', label: 'Revenue', data: report.rows.map((row) => row.revenue / 100) },
          { type: 'line', label: 'Target', data: report.rows.map((row) => (row.target ?? 0) / 100) },
          { type: 'line', label: 'Last year', data: report.rows.map((row) => row.lastYear / 100), borderDash: [4, 4] },
        ],
      },
    });
    table('revenue', ['Month', 'Revenue', 'Target', 'Attainment', 'Last year', 'Growth'], [
      ...report.rows,
      { ...report.total, key: 'Total' },
    ].map((row) => [row.key, money(row.revenue, report.currency), row.target === undefined ? '–' : money(row.target, report.currency), percent(row.attainmentBasisPoints), money(row.lastYear, report.currency), percent(row.growthBasisPoints)]));
  }

  async function pipeline() {
    const report = await get('/reports/pipeline');
    chart('pipeline', {
      type: 'bar',
      data: {
        labels: report.stages.map((row) => row.stage + (report.stages.some((other) => other.currency !== row.currency) ? ' ' + row.currency : '')),
        datasets: [{ label: 'Opportunities', data: report.stages.map((row) => row.opportunities) }],
      },
    });
    table('pipeline', ['Stage', 'Opportunities', 'Expected value'], report.stages.map((row) => [row.stage, row.opportunities, money(row.expectedValue, row.currency)]), 'No open opportunities yet.');
  }

  async function classes(period) {
    const report = await get('/reports/customers?period=' + period);
    chart('classes', {
      type: 'doughnut',
      data: { labels: report.classMix.map((row) => row.class), datasets: [{ label: 'Customers', data: report.classMix.map((row) => row.customers) }] },
    });
    table('classes', ['Class', 'Customers'], report.classMix.map((row) => [row.class, row.customers]));
  }

  async function expenses(period) {
    const report = await get('/expenses/report?period=' + period);
    const byCategory = new Map();
    for (const row of report.rows) {
      const sum = byCategory.get(row.category) || { budgeted: 0, spent: 0 };
      sum.budgeted += row.budgeted;
      sum.spent += row.spent;
      byCategory.set(row.category, sum);
    }
    const rows = [...byCategory];
    chart('expenses', {
      type: 'bar',
      data: {
        labels: rows.map(([category]) => category),
        datasets: [
          { label: 'Budget', data: rows.map(([, sum]) => sum.budgeted / 100) },
          { label: 'Spent', data: rows.map(([, sum]) => sum.spent / 100) },
        ],
      },
    });
    table('expenses', ['Category', 'Budget', 'Spent'], rows.map(([category, sum]) => [category, money(sum.budgeted), money(sum.spent)]));
  }

  async function download(path, name) {
    const token = await idToken();
    if (!token) return showSignIn();
    const response = await fetch(path, { headers: { authorization: 'Bearer ' + token } });
    if (!response.ok) return alert('The download failed (' + response.status + ').');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = name;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  function showSignIn(message) {
    $('sign-in').hidden = false;
    $('sign-in-message').textContent = message || '';
    $('reports').hidden = true;
    $('signed-in').hidden = true;
  }

  async function load() {
    if (!(await idToken())) return showSignIn();
    $('sign-in').hidden = true;
    $('reports').hidden = false;
    $('signed-in').hidden = false;
    $('who').textContent = signedInAs() || '';
    for (const instance of charts.splice(0)) instance.destroy();
    const period = $('period').value;
    for (const section of document.querySelectorAll('section[id]')) section.dataset.state = 'loading';
    await Promise.all([
      revenue(period).catch((error) => failed('revenue', error)),
      pipeline().catch((error) => failed('pipeline', error)),
      classes(period).catch((error) => failed('classes', error)),
      expenses(period).catch((error) => failed('expenses', error)),
    ]);
    document.body.dataset.state = 'loaded';
  }

  $('period').value = String(new Date().getFullYear());
  $('period').addEventListener('change', load);
  $('sign-in-button').addEventListener('click', () => signIn());
  $('sign-out').addEventListener('click', () => {
    signOut();
    showSignIn('Signed out.');
  });
  for (const button of document.querySelectorAll('[data-csv]'))
    button.addEventListener('click', () => {
      const period = $('period').value;
      download(button.dataset.csv.replace('{period}', period), button.dataset.name.replace('{period}', period));
    });
  try {
    await completeSignIn();
  } catch (error) {
    return showSignIn('The sign-in did not complete (' + error.message + '): sign in again.');
  }
  load();
})();
`;

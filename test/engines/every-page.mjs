// The journey's tour of every page: in English at a desktop's width, then in Korean at a
// phone's, each page renders and none scrolls sideways. Screenshots are named
// <language>-<page>.png. Leaves the page in English at the desktop's width.
import { byTestId, DESKTOP, shoot, show } from './page-actions.mjs';

const PHONE = { width: 390, height: 844 };

/** Pages in the menu's order; the run's and the version's own pages follow their tables. */
const PAGES = [
  ['home', '#/'],
  ['learn', '#/learn'],
  ['data', '#/data'],
  ['train', '#/train'],
  ['runs', '#/runs', byTestId('run-row')],
  ['run', null],
  ['compare', '#/compare'],
  ['evaluate', '#/evaluate'],
  ['models', '#/models', byTestId('version-row')],
  ['version', '#/models/iris/1'],
  ['deploy', '#/deploy'],
  ['predict', '#/predict'],
  ['docs', '#/docs', '.swagger-ui .opblock'],
  ['redoc', '#/redoc', byTestId('redoc-frame')],
  ['console', '#/console'],
  ['settings', '#/settings'],
];

/** How far the page runs past the viewport's right edge, in CSS pixels. */
function sidewaysSpill() {
  return document.documentElement.scrollWidth - innerWidth;
}

async function tour(page, language, size) {
  for (const [name, fixedHash, ready = 'main h1'] of PAGES) {
    // The run's own page: the newest run's link in the table just shown.
    const hash =
      fixedHash ??
      (await page.evaluate(() =>
        document.querySelector('a[href^="#/runs/"]')?.getAttribute('href'),
      ));
    if (!hash) throw new Error(`no link to a run's page on the Runs page (${language})`);
    await show(page, hash, ready);
    const spill = await page.evaluate(sidewaysSpill);
    await shoot(page, `${language}-${name}`);
    if (spill > 0) {
      throw new Error(`${hash} scrolls ${spill} px sideways at ${size.width} px (${language})`);
    }
  }
}

export async function visitEveryPage(page) {
  await tour(page, 'en', DESKTOP);
  await page.click(byTestId('lang-ko'));
  await page.resize(PHONE);
  try {
    await tour(page, 'ko', PHONE);
  } finally {
    await page.resize(DESKTOP);
    await page.click(byTestId('lang-en'));
  }
}

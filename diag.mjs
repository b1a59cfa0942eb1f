import { chromium } from '@playwright/test';
import { startServer } from './scripts/serve.mjs';
const s = await startServer({ root: 'dist-bench', basePath: '/bench/', port: 4190 });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const p = await b.newPage(); 
await p.goto('http://127.0.0.1:4190/bench/'); await p.locator('#status', { hasText: 'ready' }).waitFor();
for (const m of ['mlp','softmax','mlp']) console.log(m, JSON.stringify(await p.evaluate((m) => window.diag(m), m)));
await b.close(); s.close();

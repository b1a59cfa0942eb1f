// Boot: start what answers the API (and fetch the Korean catalog if that is the language),
// then mount the app and tell it how the API is served;
// once the page is idle, have the service worker cache the rest of the app for offline use.
// The error recorder comes first, to be listening before any other module runs.
import './error-recorder';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { loadCatalog, locale } from './i18n/i18n.svelte';
import { startApi } from './lib/api/start-worker';
import { createApiServices } from './lib/services/api-services';
import { cacheWholeApp } from './lib/services/offline';

const catalog = loadCatalog(locale.current);
const apiMode = await startApi(createApiServices());

await catalog;
const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target, props: { apiMode } });

// Lazy pages, tfjs and Swagger UI are fetched after the first paint, never before it.
setTimeout(() => void cacheWholeApp(), 2000);

// Boot: start the service worker that answers the API, then mount the app.
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { startApiWorker } from './lib/api/start-worker';

await startApiWorker();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });

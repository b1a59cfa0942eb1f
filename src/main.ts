// Boot: start what answers the API, then mount the app and tell it how the API is served.
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { startApi } from './lib/api/start-worker';

const apiMode = await startApi({
  // Loaded on the first training request, so that the first paint carries no IndexedDB code.
  startTraining: async (config, run) =>
    (await import('./lib/state/record-training')).startRecordedTraining(config, {
      ...run,
      source: 'api',
    }),
  evaluate: async (spec) => (await import('./lib/state/record-evaluation')).recordEvaluation(spec),
});

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target, props: { apiMode } });

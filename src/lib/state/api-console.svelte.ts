// The API console's state: the endpoint templates (read from the live OpenAPI document, in
// the interface language), the request being edited for the server chosen in Settings
// (this playground's API by default), sending it, and the presets of the status gallery
// and the REST lesson.
import {
  api,
  apiUrl,
  sendRaw,
  ServerUnreachable,
  type DocumentLanguage,
  type Exchange,
} from '../api/client';
import { listRecentRuns } from '../db/run-queries';
import { listDeployments } from '../db/deployments';
import {
  getSettings,
  setNetworkConditions,
  watchSettings,
  type WorkspaceSettings,
} from '../db/settings';
import { NO_CONDITIONS } from '../http/network-conditions';
import type { DocumentedStatus } from '../http/status-codes';
import type { LessonRequest } from '../http/rest-lesson';
import {
  draftFor,
  draftFromExchange,
  requestOf,
  linkedRequest,
  templateFromQuery,
  templatesFromOpenApi,
  type Draft,
  type EndpointTemplate,
  type PathSamples,
} from '../services/console-draft';
import { lessonDraft, statusPreset, type Preset } from '../services/console-presets';

const FALLBACK_MODEL = 'iris';

export class ApiConsole {
  templates = $state.raw<EndpointTemplate[]>([]);
  samples = $state.raw<PathSamples>({
    name: FALLBACK_MODEL,
    version: '1',
    alias: 'champion',
    id: 'iris',
  });
  draft = $state<Draft>({
    method: 'GET',
    origin: location.origin,
    path: '',
    query: '',
    headers: [],
    body: '',
  });
  exchange = $state.raw<Exchange | null>(null);
  sending = $state(false);
  error = $state<string | null>(null);
  /** The server that gave no answer to the last request, if it gave none. */
  unreachable = $state<string | null>(null);
  token = $state('');
  /** The base URL that new requests go to (Settings, API base URL). */
  server = $state(apiUrl(''));

  /** The language the page last asked the endpoints in, so that a late answer is dropped. */
  #language: DocumentLanguage | null = null;
  #samplesLoaded = false;
  /** The page's `?send=…` query, if a link asked for an endpoint (see templateFromQuery). */
  #linkQuery = '';

  /**
   * Loads the workspace's names and token; call once from the page. A `?send=…` query
   * chooses that endpoint (with the link's `body` and `query`, if any) once the endpoints
   * are in, and sends it at once unless it writes.
   */
  async load(query = ''): Promise<void> {
    this.#linkQuery = query;
    const [models, datasets, settings, runs, deployments] = await Promise.all([
      api.listModels(),
      api.listDatasets(),
      getSettings(),
      listRecentRuns(1),
      listDeployments(),
    ]);
    this.#apply(settings);
    const model = models.data?.items[0];
    this.samples = {
      name: model?.name ?? FALLBACK_MODEL,
      version: String(model?.latest_version ?? 1),
      alias: Object.keys(model?.aliases ?? {})[0] ?? 'champion',
      id: datasets.data?.items[0]?.id ?? 'iris',
      run_id: runs[0]?.info.run_id ?? '0'.repeat(32),
      experiment_id: runs[0]?.info.experiment_id ?? '0',
      key: 'val_accuracy',
      deployment: deployments[0]?.name ?? 'web',
    };
    this.#samplesLoaded = true;
    this.#chooseFirst();
  }

  /** Loads the endpoint templates with their summaries in `language`; again when it changes. */
  async loadEndpoints(language: DocumentLanguage): Promise<void> {
    this.#language = language;
    const document = await api.openApi(language);
    if (language !== this.#language) return;
    this.templates = templatesFromOpenApi(document.data ?? {});
    this.#chooseFirst();
  }

  /** Starts on the linked endpoint, else model predict, once templates and names are in. */
  #chooseFirst(): void {
    if (!this.#samplesLoaded || this.draft.path !== '') return;
    const first =
      this.templates.find((t) => t.path === '/api/models/{name}/predict') ?? this.templates[0];
    const linked = templateFromQuery(this.templates, this.#linkQuery);
    if (linked) {
      const { body, query } = linkedRequest(this.#linkQuery);
      this.#linkQuery = '';
      this.choose(linked);
      if (body !== undefined) this.draft.body = body;
      if (query !== undefined) this.draft.query = query;
      // A read is sent at once; a write waits for the learner to press Send.
      if (!linked.auth) void this.send();
    } else if (first) this.choose(first);
  }

  /** Keeps the token and the server current while the page is open. */
  follow(): () => void {
    return watchSettings((settings) => this.#apply(settings));
  }

  #apply(settings: WorkspaceSettings): void {
    this.token = settings.apiToken;
    this.server = settings.apiBaseUrl ?? apiUrl('');
  }

  choose(template: EndpointTemplate): void {
    this.draft = draftFor(template, this.samples, this.token, this.server);
  }

  replay(exchange: Exchange): void {
    this.draft = draftFromExchange(exchange);
  }

  async send(draft: Draft = this.draft): Promise<void> {
    this.sending = true;
    this.error = null;
    this.unreachable = null;
    try {
      this.exchange = await sendRaw(requestOf(draft));
    } catch (error) {
      if (error instanceof ServerUnreachable) {
        this.unreachable = error.server;
        // An earlier answer left on screen would pass for this request's.
        this.exchange = null;
      } else this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.sending = false;
    }
  }

  async run(preset: Preset): Promise<void> {
    for (const step of preset.setup) await sendRaw(requestOf(step));
    this.draft = preset.request;
    if (preset.simulate === undefined) return this.send();
    // Switch the simulated failure on for this one endpoint and request, then back.
    const previous = (await getSettings()).networkConditions ?? NO_CONDITIONS;
    await setNetworkConditions({
      ...NO_CONDITIONS,
      enabled: true,
      error_rate: 1,
      error_status: preset.simulate,
      endpoints: [`${preset.request.method} /api/health`],
    });
    try {
      await this.send();
    } finally {
      await setNetworkConditions(previous);
    }
  }

  produce(status: DocumentedStatus): Promise<void> {
    return this.run(statusPreset(status, this.token, this.samples['name'] ?? FALLBACK_MODEL));
  }

  lesson(request: LessonRequest): Promise<void> {
    return this.run({
      setup: [],
      request: lessonDraft(request, this.token, this.samples['name'] ?? FALLBACK_MODEL),
    });
  }
}

// The labs' texts in English: each lab's introduction, its steps (the idea, what to do)
// and what was learned, keyed `<lab>.<step>.<part>`; what a check saw (`seen.*`); and the
// lab page's own words (`ui.*`). Loaded with the Labs page only, never in the first paint.
export const labsEn = {
  'ui.step': 'Step {n}',
  'ui.done': 'Done',
  'ui.todo': 'To do',
  'ui.stateDone': 'Step {n} is done.',
  'ui.stateTodo': 'Step {n} is not done yet.',
  'ui.do': 'Do this',
  'ui.open': 'Open it here',
  'ui.tutorialCode': 'In the tutorial ({label})',
  'ui.hereCode': 'Here ({label})',
  'ui.seen': 'What the check saw',
  'ui.watching': 'Watching for it… this step ticks itself once it sees you did it.',
  'ui.learned': 'What you learned',
  'ui.next': 'Next lab: {title}',
  'ui.lastLab': 'That was the last lab. Well done!',
  'ui.reset': 'Reset this lab',
  'ui.resetNote':
    'Clears this lab’s ticks and restarts its clock; your runs, models and deployments stay.',
  'ui.resetConfirm': 'Start “{title}” over? Only what you do from now on will count.',
  'ui.allDone': 'All {total} steps done.',
  'ui.devtools':
    'To use DevTools: press F12 (or Cmd+Option+I), open the Console tab, paste the code and press Enter.',

  'seen.request': 'Your {request} got {status}.',
  'seen.requestDetail': 'Your {request} got {status}: {detail}.',
  'seen.requests': '{first}, then {second}.',
  'seen.batch': 'One request asked {model} for {rows} predictions at once, and got them.',
  'seen.experiment': 'Experiment “{name}” was created.',
  'seen.runIn': 'Run “{run}” finished in experiment “{experiment}”.',
  'seen.logged': 'Run “{run}” holds what you logged: params {params}; metrics {metrics}.',
  'seen.autolog':
    'Run “{run}” recorded {params} params, {metrics} metrics and {tags} tags without a single log call.',
  'seen.project': 'Project “{name}” saved, with parameters: {parameters}.',
  'seen.override': 'Run “{run}” of project “{project}” overrode {overrides}.',
  'seen.sweep': 'Project “{project}” ran with {parameter} = {values}.',
  'seen.version': '{name} version {version} was registered.',
  'seen.alias': 'Alias “{alias}” of {name} now points at version {version}.',
  'seen.evaluation': '{method} evaluation of {model}: mean accuracy {accuracy}.',
  'seen.deployment': 'Deployment “{name}” ({strategy}, {variants} variants, split {split}).',
  'seen.sticky': 'User “{user}” sent {requests} requests and got “{variant}” every time.',
  'seen.traffic':
    '“{name}” served {requests} requests ({split} per variant), {labelled} of them with feedback.',
  'seen.shadow': '“{name}” served {requests} requests; the shadow answered a copy of {shadowed}.',
  'seen.decision': '“{name}”: {action} (decided by {actor}).',
  'seen.aa': 'A/A test “{name}”: both variants serve version {version}.',
  'seen.peeks': 'You read the metrics of “{name}” {reads} times while {labelled} labels came in.',

  'what-is-an-api.intro':
    'An API (Application Programming Interface) is the agreed way for one program to ask another for something. Think of a restaurant: you, the customer, are the client; the menu is the API’s documentation; the waiter is the API; the kitchen is the server; the dish is the data you get back. A model behind an API works the same way: you order a prediction, the kitchen runs the model, the answer comes back.',
  'what-is-an-api.menu.title': 'Read the menu',
  'what-is-an-api.menu.explain':
    'Before ordering, a customer reads the menu. An API’s menu is its documentation: every endpoint, what it takes and what it gives back. This playground serves its menu as an OpenAPI document and shows it with Swagger UI.',
  'what-is-an-api.menu.do':
    'Open the API docs page and look through the list of endpoints: find the ones about models and predictions.',
  'what-is-an-api.order.title': 'Place a simple order',
  'what-is-an-api.order.explain':
    'The smallest order is “are you open?”: GET /api/health answers whether the service is up. The waiter takes your request to the kitchen and brings back a short JSON answer.',
  'what-is-an-api.order.do':
    'Send GET /api/health: the link opens the API console and sends it at once. Or paste the DevTools line below into your browser’s console.',
  'what-is-an-api.kitchen.title': 'Order from the model',
  'what-is-an-api.kitchen.explain':
    'Now order something the kitchen has to cook: a prediction. You send four measurements of a flower, the API hands them to the trained model, and the species comes back. You never see the model itself, only the menu and the dish.',
  'what-is-an-api.kitchen.do':
    'Open Predict and press Predict (train a model on the Train page first if there is none yet).',
  'what-is-an-api.learned':
    'A client never talks to the kitchen directly: it reads the menu (the docs), orders through the waiter (the API), and gets data back. Swapping the model in the kitchen changes nothing for the customer, as long as the menu stays the same.',

  'http-anatomy.intro':
    'Every HTTP request has the same parts: a URL (where), a method (what you want to do: GET reads, POST creates or processes, PUT replaces, DELETE removes), headers (information about the request) and sometimes a body (the data). The answer has a status code and a body. In this lab you break each part on purpose and read what the API says.',
  'http-anatomy.method.title': 'The method matters',
  'http-anatomy.method.explain':
    'The same URL can mean different things under different methods. The predict endpoint only accepts POST, because you are handing it data to process. Asking it with GET gets 405 Method Not Allowed, with an Allow header naming the method it wants.',
  'http-anatomy.method.do':
    'In the API console, choose GET and the path of a model’s predict endpoint (or run the DevTools line), then read the status and the Allow header.',
  'http-anatomy.headers.title': 'Headers: who is asking',
  'http-anatomy.headers.explain':
    'Headers carry information about the request. Anything that changes data here needs an Authorization: Bearer header with the workspace’s token (playground-token unless you changed it in Settings). Without it you get 401; with it the same request goes through.',
  'http-anatomy.headers.do':
    'The link prepares POST /api/experiments. First untick the Authorization header and send: 401. Then tick it again, give the experiment a new name and send: 201.',
  'http-anatomy.content-type.title': 'Headers: what the body is',
  'http-anatomy.content-type.explain':
    'The body is the data you send, like {"features": [5.1, 3.5, 1.4, 0.2]}. The Content-Type: application/json header tells the server how to read it. A fetch with a string body and no such header says text/plain, and the API refuses with 415 Unsupported Media Type.',
  'http-anatomy.content-type.do':
    'Run the DevTools code below: it sends a predict body without Content-Type. Then add the header and see the prediction come back.',
  'http-anatomy.not-found.title': 'Status codes: 200, 404, 500',
  'http-anatomy.not-found.explain':
    'The status code is the answer’s first word: 2xx means it worked, 4xx means the request was wrong, 5xx means the server failed. 404 says the thing you named does not exist: a valid URL shape, but no model by that name.',
  'http-anatomy.not-found.do':
    'In the console, ask for GET /api/models/{name} with a name that does not exist (say, rose) and read the 404’s detail.',
  'http-anatomy.learned':
    'URL, method, headers and body each change what a request means, and the status code tells you at a glance which part was wrong: 405 the method, 401 the token, 415 the content type, 404 the thing named. A 500 is never your fault: it is a bug on the server.',

  'rest-design.intro':
    'REST is a style for designing API URLs. URLs name things (nouns, the resources), the method says what to do with them, every request carries all it needs (stateless), and the same pattern repeats everywhere (consistent). Compare /getModelInfo, /makePrediction and /deleteOldModel with GET /models, POST /models/{id}/predict and DELETE /models/{id}.',
  'rest-design.verbs.title': 'Verb URLs do not exist here',
  'rest-design.verbs.explain':
    'A verb-style API invents a new URL for every action, so a client must learn each one by heart. This API follows REST, so /api/getModelInfo is simply not a path it has: 404.',
  'rest-design.verbs.do':
    'In the console’s REST lesson, send a verb-style request (or run the DevTools line) and see the 404.',
  'rest-design.nouns.title': 'A collection and one of its items',
  'rest-design.nouns.explain':
    'GET /api/models lists the collection; GET /api/models/{name} reads one item in it. The URL reads like a path to a thing, and GET says you only want to look.',
  'rest-design.nouns.do':
    'The link sends GET /api/models. Then choose GET /api/models/{name} in the console and send it for a model from the list.',
  'rest-design.create-delete.title': 'Create, then delete, with the same noun',
  'rest-design.create-delete.explain':
    'Creating and deleting use the same noun with different methods: POST /api/models makes a model (201 Created), DELETE /api/models/{name} removes it (204 No Content). No /createModel or /deleteOldModel needed.',
  'rest-design.create-delete.do':
    'The link prepares POST /api/models: give it a new name such as lesson-model and send. Then send DELETE /api/models/lesson-model.',
  'rest-design.learned':
    'With nouns in URLs and actions in methods, one pattern covers everything: list, read, create, delete, and POST /models/{id}/predict for the action that is not plain storage. A client that knows the pattern can guess the next endpoint.',

  'pipeline-apis.intro':
    'An MLOps pipeline runs from data to monitoring: collect data, train, validate, deploy, serve predictions, monitor. Each stage has its own API, so that tools and people can drive the pipeline without touching each other’s code. This playground has all six: Data, Training, Validation, Deploy, Predict and Monitor.',
  'pipeline-apis.data-training.title': 'Data and Training APIs',
  'pipeline-apis.data-training.explain':
    'The Data API lists the dataset versions (GET /api/datasets). The Training API starts a retraining in the background (POST /api/runs answers 202 Accepted, with the address to poll), the way a scheduler would trigger it.',
  'pipeline-apis.data-training.do':
    'The link opens the console, which reads the datasets and sends POST /api/runs with an example body. Watch the 202.',
  'pipeline-apis.validation-deploy.title': 'Validation and Deploy APIs',
  'pipeline-apis.validation-deploy.explain':
    'The Validation API checks a model before it ships (POST /api/evaluations). The Deploy API puts versions behind a deployment and rolls them back (PUT /api/deployments/{name}).',
  'pipeline-apis.validation-deploy.do':
    'The link sends POST /api/evaluations from the console with an example body. Then create a deployment on the Deploy page, which calls the Deploy API for you.',
  'pipeline-apis.predict-monitor.title': 'Predict and Monitor APIs',
  'pipeline-apis.predict-monitor.explain':
    'The Predict API serves the users (POST /api/deployments/{name}/predict). The Monitor API reports how it goes: GET /api/metrics speaks Prometheus’ text format, which monitoring tools scrape.',
  'pipeline-apis.predict-monitor.do':
    'Send a prediction through your deployment (the console’s POST /api/deployments/{name}/predict), then open the link to read GET /api/metrics.',
  'pipeline-apis.learned':
    'Each stage of the pipeline is an API with one job, and the stages talk only through those APIs. That is why a retraining job, a dashboard and a web app can all share one pipeline.',

  'serve-iris.intro':
    'The tutorial builds a FastAPI server that serves an iris classifier: a Pydantic model declares the four measurements, and FastAPI checks every request against it before your code runs. This API behaves the same way: same bodies, same answers, same 422 errors.',
  'serve-iris.predict.title': 'A prediction, as requests.post would ask',
  'serve-iris.predict.explain':
    'In Python you would call requests.post with json={"features": [5.1, 3.5, 1.4, 0.2]}. The same body, sent here, gets the species, its probability for each class, and which model version answered.',
  'serve-iris.predict.do':
    'The link sends the example predict request in the console; or run the DevTools code.',
  'serve-iris.validation.title': 'Validated input: a missing field',
  'serve-iris.validation.explain':
    'Because the input is declared, a request that leaves out petal_width never reaches the model. FastAPI answers 422 with a list of errors, each naming where (loc) and what (type): missing at body.petal_width.',
  'serve-iris.validation.do':
    'On Predict, empty the petal width field and press Predict, or send the body below without petal_width.',
  'serve-iris.batch.title': 'Several flowers in one request',
  'serve-iris.batch.explain':
    'Sending one request per row is slow. The instances body takes a list of rows and answers a list of predictions, as MLflow’s scoring server does.',
  'serve-iris.batch.do':
    'Send a body with instances holding two or more rows (the DevTools code does), or choose the batch form on Predict.',
  'serve-iris.learned':
    'Declaring the input once gives you validation for free: bad requests get a precise 422 and the model only ever sees clean numbers. The same server answers one row or many.',

  'api-docs.intro':
    'FastAPI writes the API’s documentation for you: from the declared inputs and outputs it builds an OpenAPI document and shows it at /docs with Swagger UI, where you can also try every endpoint. This playground does the same from its own schemas.',
  'api-docs.open.title': 'Open /docs',
  'api-docs.open.explain':
    'The docs page fetches the OpenAPI document (GET /api/openapi.json) and draws it. Nothing in it was written by hand: the same schemas validate requests and describe them.',
  'api-docs.open.do': 'Open the API docs page and find POST /api/models/{name}/predict.',
  'api-docs.try-it.title': 'Try it out',
  'api-docs.try-it.explain':
    'Swagger UI is a client too: “Try it out” sends a real request from the page, with the example body the document gives.',
  'api-docs.try-it.do':
    'On the docs, open POST /api/models/{name}/predict, press “Try it out”, fill in the name (iris) and press Execute.',
  'api-docs.korean.title': 'The docs in Korean',
  'api-docs.korean.explain':
    'Because the document is generated, it can be generated in another language: ?lang=ko gives every summary and description in Korean while the paths and field names stay the same.',
  'api-docs.korean.do':
    'Switch the interface to 한국어 while on the docs page (or run the DevTools line).',
  'api-docs.learned':
    'Generated docs never drift from the code, because they are made from it. Learners and teammates read the menu at /docs and try it right there.',

  'experiments-runs.intro':
    'MLflow organizes work into experiments (one per project, like a folder) and runs (one execution of your training code). Each run records its parameters, metrics, tags and artifacts, so that a result can be found, compared and reproduced.',
  'experiments-runs.experiment.title': 'Create an experiment',
  'experiments-runs.experiment.explain':
    'The tutorial runs mlflow experiments create --experiment-name my-first-experiment. Here an experiment is created from the Runs page’s side panel (or POST /api/experiments).',
  'experiments-runs.experiment.do': 'On Runs, create an experiment named my-first-experiment.',
  'experiments-runs.run.title': 'A run inside it',
  'experiments-runs.run.explain':
    'Every training is one run, and it belongs to exactly one experiment. Choose the experiment before training, as mlflow run --experiment-name does.',
  'experiments-runs.run.do':
    'On Train, choose your new experiment in the Experiment list and press Train.',
  'experiments-runs.log-by-hand.title': 'Log a run yourself',
  'experiments-runs.log-by-hand.explain':
    'In the tutorial, code calls mlflow.log_param("penalty", "elasticnet") and log_metric. The same happens here over HTTP: create an empty run, log params and metrics into it with log-batch, then end it as FINISHED.',
  'experiments-runs.log-by-hand.do':
    'Run the DevTools code below, then find the run called by-hand in the Runs table.',
  'experiments-runs.learned':
    'An experiment groups runs; a run keeps what one execution used and produced. Whether the app logs for you or your own code logs by hand, the record looks the same, so runs can be compared side by side.',

  'autolog.intro':
    'mlflow.autolog() records, without being asked, what a framework knows about a training: its parameters, its metrics per epoch, tags about where it came from, the model file and images such as the confusion matrix. The Train page here autologs everything the same way.',
  'autolog.train.title': 'Train without logging anything',
  'autolog.train.explain':
    'The tutorial trains LogisticRegression(penalty="elasticnet", l1_ratio=0.1) under autolog. The link opens Train with the same setup on our softmax regression.',
  'autolog.train.do': 'Press Train and wait for the run to finish.',
  'autolog.artifacts.title': 'The artifacts it kept',
  'autolog.artifacts.explain':
    'Autolog also keeps files: the model itself, the confusion matrix and the training curves. They are the run’s artifacts, listed at GET /api/runs/{run_id}/artifacts.',
  'autolog.artifacts.do':
    'The link lists your latest run’s artifacts in the console. Open the run’s page to see the images too.',
  'autolog.history.title': 'A metric’s whole history',
  'autolog.history.explain':
    'A run shows each metric’s last value, but autolog logged one per epoch. GET /api/runs/{run_id}/metrics/{key} gives them all, like MlflowClient().get_metric_history.',
  'autolog.history.do':
    'The link asks for the latest run’s val_accuracy history: look at its steps.',
  'autolog.learned':
    'Autolog saves you from forgetting to log: params, per-step metrics, tags and artifacts are there for every run. Use it where your framework supports it, and log by hand only what it cannot know.',

  'projects-params.intro':
    'An MLproject file packages a training so anyone can rerun it: its environment and its entry points, each with typed parameters and defaults. mlflow run . -P l1_ratio=0.5 changes a parameter without touching the code. The Projects panel on Train is this playground’s MLproject.',
  'projects-params.save.title': 'Write the MLproject',
  'projects-params.save.explain':
    'A project saves the whole setup and names the parameters a run may override, like the parameters block of an entry point.',
  'projects-params.save.do':
    'On Train (the link sets it up), open Projects, name the project tutorial2, tick l1_ratio as a parameter and save.',
  'projects-params.override.title': 'Run it with -P',
  'projects-params.override.explain':
    'Running a project uses its defaults unless you override a parameter. The run is tagged with the project’s name and entry point, as MLflow does.',
  'projects-params.override.do':
    'Open your project, set l1_ratio to 0.5 and run it: the same as mlflow run . -P l1_ratio=0.5.',
  'projects-params.sweep.title': 'Two values, two runs',
  'projects-params.sweep.explain':
    'Overriding parameters is how you explore: same code, same data, one knob turned. Two runs that differ only in l1_ratio make a fair comparison.',
  'projects-params.sweep.do': 'Run the project again with another l1_ratio, such as 0.9.',
  'projects-params.learned':
    'A project fixes everything but the parameters you expose, so every run is reproducible and differences between runs come from the knobs you turned.',

  'search-runs.intro':
    'With many runs, you need to ask for the right ones: search_runs takes a filter string such as "params.l1_ratio = \'0.1\' and metrics.val_accuracy >= 0.8" and an order_by such as ["metrics.val_accuracy DESC"]. This is how an MLOps engineer picks the best run, or the one tagged ready to deploy.',
  'search-runs.search.title': 'The same filter, twice',
  'search-runs.search.explain':
    'The link opens Runs with the filter typed in the search box. The same filter goes to POST /api/runs/search with order_by and max_results, exactly as search_runs sends them.',
  'search-runs.search.do':
    'Look at the filtered table on Runs, then run the DevTools code to ask the API the same question.',
  'search-runs.bad-filter.title': 'A filter that does not parse',
  'search-runs.bad-filter.explain':
    'The search language has a grammar: a value needs quotes or a number, keys need their entity (params., metrics., tags.). A filter that breaks it gets 422 with the position of the problem.',
  'search-runs.bad-filter.do':
    'In the console, change the filter to metrics.val_accuracy >= (nothing after it) and send.',
  'search-runs.download.title': 'Download the best run’s model',
  'search-runs.download.explain':
    'The tutorial downloads runs:/<run_id>/model with download_artifacts. Here a run’s files are at GET /api/runs/{run_id}/artifacts/{path}, for example model/model.json.',
  'search-runs.download.do':
    'List a run’s artifacts in the console, then ask for one of its files: GET /api/runs/<run_id>/artifacts/model/model.json.',
  'search-runs.learned':
    'A filter string and an order_by turn hundreds of runs into the one you need, by code, with no clicking. Then its artifacts are a download away.',

  'registry.intro':
    'The model registry keeps the models worth keeping. Each registration makes a new version (1, 2, 3…, never reused), and aliases such as champion or challenger point at a version, so that serving code asks for models:/iris@champion and never hard-codes a number.',
  'registry.version.title': 'A new version',
  'registry.version.explain':
    'Every training on Train registers its model as the next version of iris. The version remembers the run it came from.',
  'registry.version.do': 'Train once more (a few epochs are enough).',
  'registry.alias.title': 'Point challenger at it',
  'registry.alias.explain':
    'An alias is a movable name. Point challenger at the new version to try it out while champion keeps serving.',
  'registry.alias.do': 'On Models, set the alias challenger on your newest version.',
  'registry.predict-alias.title': 'Ask for the model by alias',
  'registry.predict-alias.explain':
    'A client names the alias, not the number: ?alias=challenger. Moving the alias later changes the answer without changing the client.',
  'registry.predict-alias.do':
    'Send the predict request with ?alias=challenger (add it to the console’s query, or run the DevTools code).',
  'registry.learned':
    'Versions record history; aliases record decisions. Promoting a model is moving an alias, and rolling back is moving it back.',

  'offline-evaluation.intro':
    'Offline evaluation measures a model on data you already have, before it meets users. It is simple and repeatable. Three ways, from quickest to most thorough: hold-out, k-fold cross-validation and bootstrap resampling.',
  'offline-evaluation.holdout.title': 'Hold-out',
  'offline-evaluation.holdout.explain':
    'Set part of the data aside as a test set, train on the rest, score on the part set aside. One number, quickly, but it depends on which rows happened to land in the test set.',
  'offline-evaluation.holdout.do': 'On Evaluate, choose Hold-out and start.',
  'offline-evaluation.kfold.title': 'k-fold cross-validation',
  'offline-evaluation.kfold.explain':
    'Split the data into k parts; each part is the test set once while the others train. k scores give a mean and a spread, a fairer picture than one split.',
  'offline-evaluation.kfold.do':
    'Choose k-fold with k = 5 and start. Each fold becomes a child run.',
  'offline-evaluation.bootstrap.title': 'Bootstrap',
  'offline-evaluation.bootstrap.explain':
    'Draw samples with replacement from the data many times and score each. The spread of the scores gives a confidence interval: how sure you can be of the accuracy.',
  'offline-evaluation.bootstrap.do': 'Choose Bootstrap and start.',
  'offline-evaluation.learned':
    'Hold-out is fast, k-fold uses every row for testing once, and bootstrap tells how much the score could move. Each evaluation is also a run, so it can be searched and compared like any other.',

  'ab-test.intro':
    'Online evaluation measures models on real traffic after deployment. In an A/B test, traffic is split between the current model (A) and a new one (B), 50/50 or a careful 90/10. Hashing the user_id keeps each user on the same model, so one person never sees both.',
  'ab-test.deploy.title': 'Deploy A and B',
  'ab-test.deploy.explain':
    'An A/B deployment puts two model versions behind one endpoint with a split. Users are assigned by a hash of their user_id, so the assignment is random across users but fixed for each.',
  'ab-test.deploy.do':
    'On Deploy (the link chooses A/B, 50/50), pick two different versions and create the deployment. Train a second version first if you have only one.',
  'ab-test.sticky.title': 'Sticky users',
  'ab-test.sticky.explain':
    'Send several requests as the same user and the same variant answers every time, because the hash of “alice” never changes. In FastAPI you would hash the user_id and pick the model the same way.',
  'ab-test.sticky.do':
    'Run the DevTools code: three requests as alice. Change web to your deployment’s name if it differs.',
  'ab-test.traffic.title': 'Let traffic flow',
  'ab-test.traffic.explain':
    'Simulated users now send requests, and some send feedback: the true species, so that each variant’s accuracy can be measured.',
  'ab-test.traffic.do':
    'In the simulator on Deploy, choose your deployment, mode Live, about 300 requests, and start.',
  'ab-test.read.title': 'Read the comparison',
  'ab-test.read.explain':
    'The Monitor API compares the variants: requests, accuracy with its interval, the difference and its p-value. With a few hundred users the interval is usually too wide to call a winner.',
  'ab-test.read.do':
    'Open the link to read GET /api/deployments/{name}/metrics for your deployment.',
  'ab-test.learned':
    'An A/B test compares models on the same kind of users at the same time. Hashing user_id keeps it fair and consistent; the comparison needs enough labelled requests before it means anything.',

  'canary.intro':
    'A canary release sends a small share of traffic to the new model first, like the canary miners took underground as an early warning. If it behaves, its share grows step by step; if a guardrail trips, it is rolled back before most users notice.',
  'canary.deploy.title': 'Start small',
  'canary.deploy.explain':
    'A canary deployment lists its steps (10%, 25%, 50%, 100%) and guardrails such as a minimum accuracy. It starts at the first step.',
  'canary.deploy.do':
    'On Deploy (the link chooses Canary), keep the steps, make the newest version the canary, and create it.',
  'canary.advance.title': 'Grow when it behaves',
  'canary.advance.explain':
    'After enough labelled requests at a step, the rule checks the guardrails. Passed: the canary moves to the next step.',
  'canary.advance.do':
    'Run a live simulation of about 1,000 requests on the canary deployment and watch its decisions.',
  'canary.decide.title': 'Promote or roll back',
  'canary.decide.explain':
    'At the last step the canary is promoted (it becomes champion), or, if a guardrail failed, rolled back to 0%. You can also decide by hand on the deployment’s card.',
  'canary.decide.do':
    'Keep the traffic going until the rule decides, or press Promote or Roll back yourself.',
  'canary.learned':
    'A canary limits the damage of a bad model to a few users, and the guardrails make the decision from data instead of nerves.',

  'shadow.intro':
    'In a shadow test, every request is answered by the current model as usual, and a copy goes to the new model in the background. Its answers are kept, never sent to users, so a bad shadow hurts no one.',
  'shadow.deploy.title': 'Deploy a shadow',
  'shadow.deploy.explain':
    'A shadow deployment has a primary (it answers) and a shadow (it only listens). The sample rate says what share of requests is copied.',
  'shadow.deploy.do':
    'On Deploy (the link chooses Shadow), make the newest version the shadow and create it.',
  'shadow.mirror.title': 'Copy the traffic',
  'shadow.mirror.explain':
    'Every request is now served twice: once for the user, once in the shadow. The user’s answer is always the primary’s.',
  'shadow.mirror.do': 'Run a live simulation of a few hundred requests on it.',
  'shadow.promote.title': 'Read the agreement, then promote',
  'shadow.promote.explain':
    'When the run ends, the simulator reads the shadow’s numbers from the Monitor API: how often it agreed with the primary, and its accuracy on labelled copies. Evidence gathered at no risk; if it is good, the shadow can take over.',
  'shadow.promote.do':
    'Read the agreement in the simulation’s outcome, then press Promote on the shadow deployment’s card: the shadow’s version becomes champion.',
  'shadow.learned':
    'A shadow test is the safest way to see a model on real inputs; its cost is running two models for every request, which needs the infrastructure to copy traffic.',

  'bandit.intro':
    'An A/B test keeps its split fixed until the end, even while one variant is clearly worse. A multi-armed bandit learns as it goes: each piece of feedback shifts traffic towards the variant that wins more often, so fewer users get the weaker model.',
  'bandit.deploy.title': 'Deploy a bandit',
  'bandit.deploy.explain':
    'Thompson sampling draws a plausible accuracy for each arm from what it has seen and routes the request to the best draw. Early on it explores; later it mostly exploits.',
  'bandit.deploy.do':
    'On Deploy (the link chooses Bandit), put two versions behind it, ideally one weaker (trained for few epochs), and create it.',
  'bandit.feedback.title': 'Feed it feedback',
  'bandit.feedback.explain':
    'Without labels a bandit cannot learn. Each POST /api/feedback tells it whether an answer was right.',
  'bandit.feedback.do':
    'Run a live simulation of a few hundred requests with feedback on the bandit deployment.',
  'bandit.read.title': 'Where did the traffic go?',
  'bandit.read.explain':
    'Compare each arm’s share with its accuracy: the better arm should have got more requests as the evidence grew.',
  'bandit.read.do': 'Read GET /api/deployments/{name}/metrics for the bandit deployment.',
  'bandit.learned':
    'Bandits trade a clean statistical answer for less regret: they stop wasting traffic on the loser early. Use an A/B test when you must know, a bandit when you must earn.',

  'peeking.intro':
    'A/B tests take long to become significant: small differences need thousands of labelled requests. The temptation is to look at the p-value every day and stop the moment it dips below 0.05. With no real difference at all, doing that “finds” one far more often than 5% of the time.',
  'peeking.aa.title': 'An A/A test',
  'peeking.aa.explain':
    'Serve the same version as both A and B. Any “winner” you find is pure chance, which makes it the honest way to see what peeking does.',
  'peeking.aa.do':
    'On Deploy (the link chooses A/B and the name aa-test), pick the same version for both variants and create it.',
  'peeking.peek.title': 'Peek while it runs',
  'peeking.peek.explain':
    'Read the metrics several times while traffic flows, as an impatient team would. Watch the ordinary p-value wander, sometimes under 0.05, while the sequential p-value (made for repeated looks) stays calm.',
  'peeking.peek.do':
    'Start a live simulation of about 1,000 requests on aa-test, and during it read its metrics three times or more (the DevTools line).',
  'peeking.learned':
    'Decide the sample size before the test (the planner on Deploy computes it) and look once at the end, or use a sequential test that is valid at every look. That is why honest A/B tests take long, and why bandits exist.',
} as const;

export type LabTextKey = keyof typeof labsEn;

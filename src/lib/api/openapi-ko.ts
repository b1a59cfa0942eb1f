// Korean texts of the OpenAPI document (GET /api/openapi.json?lang=ko), keyed by the English
// text each translates; openapi-language's translateDocument puts them in. Written for
// students reading the docs in Korean: code names, paths, field names and status codes stay
// as they are. A new or changed English text needs its entry here (openapi-ko.test.ts).
import type { DocumentCatalog } from './openapi-language';

export const OPENAPI_KO: DocumentCatalog = {
  // The document, its tags and its security scheme.
  'The REST API this page serves to itself through a service worker: every call is a real `fetch` that DevTools’ Network tab shows. Errors have FastAPI’s shape. Writes (POST, PUT, PATCH, DELETE) need `Authorization: Bearer <token>` (the token is in the app’s settings; the default is `playground-token`), except predictions.':
    '이 페이지가 서비스 워커를 통해 스스로에게 제공하는 REST API입니다. 모든 호출은 개발자 도구의 Network 탭에 보이는 진짜 `fetch` 요청입니다. 오류는 FastAPI와 같은 모양으로 돌아옵니다. 쓰기 요청(POST, PUT, PATCH, DELETE)에는 `Authorization: Bearer <token>` 헤더가 필요합니다(토큰은 앱의 설정에 있고 기본값은 `playground-token`). 예측 요청은 토큰 없이 보낼 수 있습니다.',
  'This page': '이 페이지',
  'Health and this document.': '서비스 상태 확인과 이 문서.',
  'Data set versions, each known by its SHA-256 digest.':
    '데이터셋 버전. 버전마다 SHA-256 다이제스트로 구분합니다.',
  'Runs (MLflow’s shapes), and training through the API.':
    '실행(MLflow와 같은 모양)과 API를 통한 학습.',
  'Registered models, their numbered versions and aliases (MLflow’s shapes).':
    '등록된 모델과 번호가 매겨진 버전, 별칭(MLflow와 같은 모양).',
  'Predictions from registered model versions.': '등록된 모델 버전으로 예측하기.',
  'Deployments that split traffic among versions: A/B, canary, shadow, bandit.':
    '트래픽을 여러 버전에 나누는 배포: A/B 테스트, 카나리, 섀도, 밴딧.',
  'How each deployment variant does, as JSON or for Prometheus.':
    '배포의 변형마다 성적이 어떤지, JSON으로 또는 Prometheus 형식으로.',
  'Offline evaluation of versions (hold-out, k-fold, bootstrap), and comparing two.':
    '버전을 오프라인으로 평가하기(홀드아웃, k-폴드, 부트스트랩)와 두 평가 비교하기.',
  'The workspace’s API token (default `playground-token`).':
    '워크스페이스의 API 토큰입니다(기본값 `playground-token`).',

  // Errors that many routes answer alike.
  'Missing or wrong bearer token.': 'Bearer 토큰이 없거나 틀렸습니다.',
  'The body is over 1 MiB.': '본문이 1 MiB를 넘습니다.',
  'The body is not application/json (or text/csv where accepted).':
    '본문이 application/json이 아닙니다(text/csv를 받는 곳이라면 text/csv도 아닙니다).',
  'The input failed validation: one entry per problem, as FastAPI reports it.':
    '입력이 검증을 통과하지 못했습니다. FastAPI처럼 문제 하나마다 항목 하나로 알려 줍니다.',

  // Service.
  'Health check': '상태 확인',
  'The service is up.': '서비스가 동작 중입니다.',
  'This API as an OpenAPI 3.1 document': '이 API의 OpenAPI 3.1 문서',
  'Generated from the same zod schemas that validate requests. Names, paths and examples stay English in every language.':
    '요청을 검증하는 바로 그 zod 스키마로 만든 문서입니다. 어느 언어로 받든 이름, 경로, 예시는 영어 그대로입니다.',
  'The language of summaries and descriptions: en or ko (any other value gives en). Without it, Accept-Language decides; English by default.':
    '요약과 설명의 언어: en 또는 ko(그 밖의 값은 en으로 처리). 이 값이 없으면 Accept-Language 헤더를 따르고, 그것도 없으면 영어입니다.',
  'The OpenAPI document.': 'OpenAPI 문서.',

  // Data sets.
  'List data set versions': '데이터셋 버전 목록',
  'The bundled iris data set (150 rows) comes first and is always there.':
    '앱에 내장된 아이리스 데이터셋(150행)이 항상 맨 앞에 있습니다.',
  'Page size (1 to 1000).': '한 페이지에 담을 개수(1~1000).',
  'Items to skip.': '건너뛸 항목 수.',
  'A page of data sets.': '데이터셋 한 페이지.',
  'SHA-256 (hex) of the canonical CSV.': '정규화된 CSV의 SHA-256 값(16진수).',
  'With ?include=rows.': '?include=rows로 요청했을 때만 들어 있습니다.',
  'A measurement in cm.': '측정값(cm 단위).',
  'How many there are in all.': '전체 개수.',
  'Add a data set version': '데이터셋 버전 추가',
  'Send JSON rows, or `text/csv` with the header `sepal_length,sepal_width,petal_length,petal_width,species` (and `?name=`). The id is the first 12 hex digits of the digest.':
    'JSON 행으로 보내거나, 헤더가 `sepal_length,sepal_width,petal_length,petal_width,species`인 `text/csv`로 보내세요(이때 이름은 `?name=`으로). id는 다이제스트의 앞 16진수 12자리입니다.',
  'The name, for a text/csv body.': 'text/csv 본문을 보낼 때 쓸 이름.',
  'A name for this version.': '이 버전에 붙일 이름.',
  'The new version.': '새로 만든 버전.',
  'The same data is already stored.': '같은 데이터가 이미 저장되어 있습니다.',
  'Get a data set version': '데이터셋 버전 하나 조회',
  'Data set id.': '데이터셋 id.',
  '`rows` to include every row.': '`rows`를 주면 모든 행을 함께 돌려줍니다.',
  'The data set, with its rows if asked.': '데이터셋. 요청했다면 행도 함께 들어 있습니다.',
  'No data set has this id.': '이 id의 데이터셋이 없습니다.',

  // Experiments.
  'List experiments': '실험 목록',
  'Which to list.': '어떤 실험을 나열할지.',
  'A page of experiments.': '실험 한 페이지.',
  'Create an experiment': '실험 만들기',
  'Unique among experiments.': '실험끼리 이름이 겹치면 안 됩니다.',
  'Free-form key/value labels.': '자유롭게 붙이는 키/값 라벨.',
  'Created.': '만들었습니다.',
  'An experiment with this name exists.': '이 이름의 실험이 이미 있습니다.',
  'Get an experiment': '실험 하나 조회',
  'Experiment id ("0" is Default).': '실험 id("0"은 Default 실험).',
  'The experiment.': '실험.',
  'No experiment has this id.': '이 id의 실험이 없습니다.',
  'Rename an experiment or replace its tags': '실험 이름 바꾸기 또는 태그 교체',
  'The updated experiment.': '수정된 실험.',
  'Another experiment has this name.': '다른 실험이 이미 이 이름을 쓰고 있습니다.',
  'Delete an experiment (soft)': '실험 삭제(소프트 삭제)',
  'Its lifecycle_stage becomes `deleted`; it and its runs stay readable. The Default experiment stays.':
    'lifecycle_stage가 `deleted`로 바뀔 뿐, 실험과 그 실행은 계속 읽을 수 있습니다. Default 실험은 지울 수 없습니다.',
  'Deleted.': '삭제했습니다.',
  'The Default experiment cannot be deleted.': 'Default 실험은 삭제할 수 없습니다.',

  // Runs and training.
  'Start a training run, or create an empty run': '학습 실행 시작하기 또는 빈 실행 만들기',
  'With `model`, training starts in the background: 202 with the run and a `Location` to poll until its status is FINISHED (the model is then registered as the next version of `iris`). Without `model`, an empty RUNNING run for your own code to log into: 201.':
    '`model`을 주면 학습이 백그라운드에서 시작됩니다: 실행과 함께 202를 돌려주고, `Location`을 status가 FINISHED가 될 때까지 조회하면 됩니다(끝나면 모델이 `iris`의 다음 버전으로 등록됩니다). `model`이 없으면 내 코드에서 직접 기록할 빈 RUNNING 실행을 만들고 201을 돌려줍니다.',
  'The experiment the run belongs to ("0" is Default).': '실행이 속할 실험("0"은 Default 실험).',
  'Train this model (202), or leave out for an empty run (201).':
    '이 모델을 학습하거나(202), 생략해서 빈 실행을 만듭니다(201).',
  "The model's hyperparameters; the Train page's defaults fill the rest. Fields the model does not use are accepted and not logged.":
    '모델의 하이퍼파라미터. 빠진 값은 학습 페이지의 기본값으로 채웁니다. 모델이 쓰지 않는 필드는 받아들이지만 기록하지 않습니다.',
  'The data to train on: the bundled iris set.': '학습에 쓸 데이터: 앱에 내장된 아이리스 데이터셋.',
  'Training started (or 201: an empty run).': '학습을 시작했습니다(빈 실행이면 201).',
  'Milliseconds since the epoch.': '1970-01-01 00:00 UTC부터 지난 밀리초.',
  'The latest value of each metric.': '지표마다 가장 최근 값.',
  'Get a run': '실행 하나 조회',
  'Its info (status, times), params, latest metrics, tags and dataset inputs, as MLflow shows a run.':
    'MLflow가 실행을 보여 주는 방식 그대로: 정보(상태, 시각), 파라미터, 최신 지표, 태그, 입력 데이터셋.',
  '32 lowercase hex characters.': '16진수 소문자 32자.',
  'The run.': '실행.',
  'No run has this id.': '이 id의 실행이 없습니다.',
  'Rename a run, set tags, or end it': '실행 이름 바꾸기, 태그 설정, 또는 실행 끝내기',
  'A `status` of FINISHED, FAILED or KILLED ends the run and sets its end_time.':
    '`status`를 FINISHED, FAILED, KILLED 중 하나로 주면 실행이 끝나고 end_time이 기록됩니다.',
  'End the run.': '실행을 끝냅니다.',
  'The updated run.': '수정된 실행.',
  'The run is deleted.': '삭제된 실행입니다.',
  'Delete a run (soft)': '실행 삭제(소프트 삭제)',
  'Its lifecycle_stage becomes `deleted`; what it logged stays readable.':
    'lifecycle_stage가 `deleted`로 바뀔 뿐, 기록한 내용은 계속 읽을 수 있습니다.',
  'Log params, metrics and tags to a run': '실행에 파라미터, 지표, 태그 기록하기',
  'As MLflow’s log_batch: up to 1,000 metrics and 100 params + tags per call, all or nothing. A param never changes once logged: the same value again is fine, another value is a 409.':
    'MLflow의 log_batch와 같습니다: 한 번에 지표 1,000개, 파라미터와 태그를 합쳐 100개까지 보내며, 전부 기록되거나 하나도 기록되지 않습니다. 파라미터는 한 번 기록하면 바꿀 수 없습니다: 같은 값을 다시 보내는 것은 괜찮지만 다른 값이면 409입니다.',
  'Milliseconds since the epoch; now if left out.':
    '1970-01-01 00:00 UTC부터 지난 밀리초. 생략하면 지금 시각.',
  'Logged.': '기록했습니다.',
  'A param would change, or the run is deleted.': '파라미터 값이 바뀌게 되거나, 삭제된 실행입니다.',
  'Get the history of one metric': '지표 하나의 기록 조회',
  'Metric name.': '지표 이름.',
  'Every logged point, by step.': '기록된 모든 값, step 순서대로.',

  // Run search.
  'Search runs': '실행 검색',
  [[
    "MLflow's search language, e.g. `metrics.accuracy > 0.9 AND params.model = 'mlp'`. A run lacking a field never matches a comparison. No token needed.",
    '',
    "MLflow's forms (the answer's `extensions` is empty):",
    '',
    '- `metrics.<key>` with `=` `!=` `>` `>=` `<` `<=` and a number;',
    '- `params.<key>`, `tags.<key>` with `=` `!=` `LIKE` `ILIKE` and a quoted string, or `IS NULL` / `IS NOT NULL` (the run lacks / has it);',
    '- `attributes.run_id`, `run_name`, `status`, `artifact_uri` with `=` `!=` `LIKE` `ILIKE` and a quoted string (`run_id` also `IN` / `NOT IN`); `attributes.start_time`, `end_time` (ms) with a number;',
    '- `datasets.name`, `digest`, `context` with `=` `!=` `LIKE` `ILIKE` `IN` `NOT IN` and quoted strings;',
    '- conditions joined by `AND`; entity types singular or plural, in backticks if you like (`` `metric`.a ``); odd keys in backticks or double quotes.',
    '',
    'Documented extensions (MLflow refuses them; allowed here and named in `extensions`):',
    '',
    '- `OR` and `parentheses`;',
    '- `IN on any field`: `IN` / `NOT IN` on metrics, params, tags and attributes other than `run_id`;',
    '- `numeric comparison of a param`, `numeric comparison of a tag`: a number without quotes compares the value as a number (`params.lr > 0.01`); a run whose value is not a number is a 422;',
    '- `attributes.experiment_id` with a quoted string (MLflow chooses experiments with `experiment_ids`).',
    '',
    'Refused with a 422, as MLflow refuses them (the `msg` and `ctx.position` say where):',
    '',
    '- `attributes.lifecycle_stage` (use `run_view_type`);',
    '- a number for a text attribute or a dataset field (`attributes.status = 1`, `attributes.experiment_id != 1`: quote it), text for a metric or a time;',
    '- `>` `>=` `<` `<=` with quoted text; `LIKE` / `ILIKE` without a quoted pattern;',
    '- `IS NULL` / `IS NOT NULL` on anything but params and tags;',
    '- a list mixing numbers and strings; entity types not in lowercase (`Metrics.a`).',
  ].join('\n')]: [
    "MLflow의 검색 언어입니다. 예: `metrics.accuracy > 0.9 AND params.model = 'mlp'`. 필드가 없는 실행은 어떤 비교에도 맞지 않습니다. 토큰이 필요 없습니다.",
    '',
    'MLflow가 받아들이는 형태(답의 `extensions`가 비어 있음):',
    '',
    '- `metrics.<key>`: `=` `!=` `>` `>=` `<` `<=`와 숫자;',
    '- `params.<key>`, `tags.<key>`: `=` `!=` `LIKE` `ILIKE`와 따옴표로 감싼 문자열, 또는 `IS NULL` / `IS NOT NULL`(실행에 그 값이 없음 / 있음);',
    '- `attributes.run_id`, `run_name`, `status`, `artifact_uri`: `=` `!=` `LIKE` `ILIKE`와 따옴표로 감싼 문자열(`run_id`는 `IN` / `NOT IN`도); `attributes.start_time`, `end_time`(밀리초): 숫자;',
    '- `datasets.name`, `digest`, `context`: `=` `!=` `LIKE` `ILIKE` `IN` `NOT IN`과 따옴표로 감싼 문자열;',
    '- 조건은 `AND`로 잇습니다. 엔터티 종류는 단수든 복수든 되고 백틱으로 감싸도 됩니다(`` `metric`.a ``). 특이한 키는 백틱이나 큰따옴표로 감쌉니다.',
    '',
    '문서화된 확장 문법(MLflow는 거부하지만 여기서는 되고, `extensions`에 이름이 나옴):',
    '',
    '- `OR`와 `parentheses`(괄호);',
    '- `IN on any field`: 지표, 파라미터, 태그, `run_id` 밖의 속성에 쓴 `IN` / `NOT IN`;',
    '- `numeric comparison of a param`, `numeric comparison of a tag`: 따옴표 없는 숫자와 비교하면 값을 숫자로 비교합니다(`params.lr > 0.01`). 값이 숫자가 아닌 실행이 있으면 422입니다;',
    '- 따옴표로 감싼 문자열과 비교한 `attributes.experiment_id`(MLflow는 실험을 `experiment_ids`로 고릅니다).',
    '',
    'MLflow처럼 422로 거부하는 것(`msg`와 `ctx.position`이 위치를 알려 줌):',
    '',
    '- `attributes.lifecycle_stage`(`run_view_type`을 쓰세요);',
    '- 문자열 속성이나 데이터셋 필드에 준 숫자(`attributes.status = 1`, `attributes.experiment_id != 1`: 따옴표로 감싸세요), 지표나 시각에 준 문자열;',
    '- 따옴표로 감싼 문자열과 쓴 `>` `>=` `<` `<=`; 따옴표로 감싼 패턴이 없는 `LIKE` / `ILIKE`;',
    '- 파라미터와 태그가 아닌 것에 쓴 `IS NULL` / `IS NOT NULL`;',
    '- 숫자와 문자열이 섞인 목록; 소문자가 아닌 엔터티 종류(`Metrics.a`).',
  ].join('\n'),
  'All experiments if left out.': '생략하면 모든 실험.',
  "MLflow's search language (metrics. params. tags. attributes. datasets.; = != > >= < <= LIKE ILIKE IN NOT IN IS NULL IS NOT NULL; AND), plus the extensions the operation lists (OR, parentheses, ...).":
    'MLflow의 검색 언어(metrics. params. tags. attributes. datasets.; = != > >= < <= LIKE ILIKE IN NOT IN IS NULL IS NOT NULL; AND)와, 이 작업의 설명에 적힌 확장 문법(OR, 괄호 등).',
  'What the filter uses that MLflow would refuse; empty when MLflow would run it as it is.':
    '필터가 쓴 것 중 MLflow라면 거부할 확장 문법. 비어 있으면 MLflow에서도 그대로 실행됩니다.',
  'Where the run’s artifacts live, as MLflow’s tracking server names them: `mlflow-artifacts:/<experiment_id>/<run_id>/artifacts`. GET /api/runs/{run_id}/artifacts lists them.':
    '실행의 아티팩트가 있는 곳을 MLflow 추적 서버가 부르는 이름으로 적은 것: `mlflow-artifacts:/<experiment_id>/<run_id>/artifacts`. 목록은 GET /api/runs/{run_id}/artifacts로 봅니다.',
  'e.g. ["metrics.accuracy DESC"]; newest first if left out.':
    '예: ["metrics.accuracy DESC"]. 생략하면 최신 실행부터.',
  'next_page_token of the previous page.': '이전 페이지가 돌려준 next_page_token.',
  'A page of matching runs.': '조건에 맞는 실행 한 페이지.',

  // Artifacts.
  "List a run's artifacts": '실행의 아티팩트 목록',
  'Every file the run logged: its model (model/model.json + model/weights.bin, loadable by tf.loadLayersModel) and its images (confusion_matrix.svg, training_curves.svg, decision_regions.svg). No token needed.':
    '실행이 기록한 모든 파일: 모델(model/model.json + model/weights.bin, tf.loadLayersModel로 불러올 수 있음)과 이미지(confusion_matrix.svg, training_curves.svg, decision_regions.svg). 토큰이 필요 없습니다.',
  'The files.': '파일 목록.',
  'Download one artifact': '아티팩트 하나 내려받기',
  'The file as logged, with its Content-Type; `path` may contain slashes (model/weights.bin). No token needed.':
    '기록된 파일을 그대로, 알맞은 Content-Type과 함께 돌려줍니다. `path`에는 슬래시가 들어갈 수 있습니다(model/weights.bin). 토큰이 필요 없습니다.',
  'The file’s path in the run, e.g. model/model.json.':
    '실행 안에서의 파일 경로. 예: model/model.json.',
  'The file’s bytes.': '파일의 바이트.',
  'No run has this id, or the run has no such file.':
    '이 id의 실행이 없거나, 실행에 그런 파일이 없습니다.',

  // Registered models.
  'List registered models': '등록된 모델 목록',
  'A page of registered models.': '등록된 모델 한 페이지.',
  'Alias name -> version number.': '별칭 이름 -> 버전 번호.',
  'Rules the source run of a version must meet before `champion` may point at it.':
    '`champion` 별칭이 어떤 버전을 가리키려면, 그 버전의 출처 실행이 먼저 통과해야 하는 규칙.',
  'ISO 8601 UTC.': 'ISO 8601 형식의 UTC 시각.',
  'Create a registered model': '등록된 모델 만들기',
  'Registered model name: letters, digits, _ . - (not starting with . or -).':
    '등록된 모델 이름: 영문자, 숫자, _ . - (. 또는 -로 시작할 수 없음).',
  'What this is for.': '무엇에 쓰는지에 대한 설명.',
  'A registered model with this name exists.': '이 이름으로 등록된 모델이 이미 있습니다.',
  'Get a registered model': '등록된 모델 하나 조회',
  'Registered model name.': '등록된 모델 이름.',
  'The registered model.': '등록된 모델.',
  'No registered model has this name.': '이 이름으로 등록된 모델이 없습니다.',
  'Update a registered model': '등록된 모델 수정',
  'Changes its description and replaces its tags; fields left out stay as they are.':
    '설명을 바꾸고 태그를 통째로 교체합니다. 보내지 않은 필드는 그대로 둡니다.',
  'Gates for `champion`: each "metric op number" (>=, >, <=, <) on the latest metrics of a version\'s run.':
    '`champion`을 지키는 관문: 각 규칙은 "지표 연산자 숫자"(>=, >, <=, <) 모양이며, 버전의 실행에 기록된 최신 지표로 판정합니다.',
  'The updated model.': '수정된 모델.',
  'Delete a registered model': '등록된 모델 삭제',
  'Deletes the model with all its versions, their weights and its aliases.':
    '모델과 그 모든 버전, 가중치, 별칭을 함께 삭제합니다.',

  // Model versions.
  'Register a run’s model as a new version': '실행의 모델을 새 버전으로 등록',
  'Versions count up from 1 per model and are never reused, even after a deletion.':
    '버전 번호는 모델마다 1부터 올라가며, 삭제한 뒤에도 다시 쓰지 않습니다.',
  'The run whose model files become the version.': '이 실행의 모델 파일이 새 버전이 됩니다.',
  'Where the model files came from, e.g. runs:/<run_id>/model.':
    '모델 파일의 출처. 예: runs:/<run_id>/model.',
  'No such registered model or run.': '그런 등록된 모델이나 실행이 없습니다.',
  'The run logged no model.': '이 실행은 모델을 기록하지 않았습니다.',
  'List the versions of a registered model': '등록된 모델의 버전 목록',
  'A page of versions, newest first.': '버전 한 페이지(최신 버전부터).',
  'Get one model version': '모델 버전 하나 조회',
  'Version number.': '버전 번호.',
  'The version.': '모델 버전.',
  'No such registered model or version.': '그런 등록된 모델이나 버전이 없습니다.',
  'Delete one model version': '모델 버전 하나 삭제',
  'Deletes the version, its weights and the aliases that point at it. Its number is not reused.':
    '버전과 그 가중치, 그 버전을 가리키는 별칭을 삭제합니다. 번호는 다시 쓰지 않습니다.',
  'Export a version as a FastAPI project': '버전을 FastAPI 프로젝트로 내보내기',
  'A zip to run with `uvicorn main:app --reload`: `main.py` (FastAPI and Pydantic), the weights in `weights.json` with a NumPy forward pass, `requirements.txt`, a `README.md`, and `test_main.py` with the answers this API gave for the 150 iris rows. It serves `GET /api/health` and `POST /api/models/{name}/predict` with the same bodies and answers as this API. The version gets the tag `exported.fastapi` with the time. No token needed.':
    '`uvicorn main:app --reload`로 바로 실행할 수 있는 zip 파일입니다. `main.py`(FastAPI와 Pydantic), `weights.json`에 담긴 가중치와 NumPy 순전파, `requirements.txt`, `README.md`, 그리고 이 API가 붓꽃 150개 행에 준 답으로 확인하는 `test_main.py`가 들어 있습니다. 내보낸 서버는 `GET /api/health`와 `POST /api/models/{name}/predict`를 이 API와 같은 본문, 같은 응답으로 제공합니다. 내보낸 버전에는 시각이 적힌 `exported.fastapi` 태그가 붙습니다. 토큰은 필요 없습니다.',
  'The project as a zip file.': 'zip 파일로 묶은 프로젝트.',
  'The version has a layer that NumPy’s forward pass lacks.':
    '이 버전에 NumPy 순전파가 처리하지 못하는 층이 있습니다.',

  // Deployments, feedback and monitoring.
  'List deployments': '배포 목록',
  'Every deployment.': '모든 배포.',
  'The share each variant gets now, from 0 to 1 and adding up to 1: the A/B weights normalized (90 and 10 give 0.9 and 0.1), a canary’s current step, a bandit’s shares of what it has routed.':
    '지금 각 변형이 받는 트래픽 비율(0~1, 합계 1). A/B 가중치를 비율로 바꾼 값(90과 10이면 0.9와 0.1), 카나리의 현재 단계, 밴딧이 지금까지 보낸 요청의 비율입니다.',
  'The weight as given; `weights` has the shares.':
    '요청에 준 그대로의 가중치. 비율은 `weights`에 있습니다.',
  'Canary shares in percent, e.g. [10, 25, 50, 100].':
    '카나리 단계별 비율(%). 예: [10, 25, 50, 100].',
  'Create or replace a deployment': '배포 만들기 또는 교체',
  'Strategies: `single` (one variant), `ab` (relative weights such as 90 and 10, answered as shares in `weights`; sticky by user_id hash, GrowthBook v2), `canary` ([stable, canary] with steps that advance after `labelled_per_step` labelled requests while the guardrails hold, and roll back when one breaks), `shadow` ([primary, shadow]: the shadow gets a sampled copy whose answer is only logged), `bandit` (epsilon_greedy, ucb1 or thompson on feedback, with a minimum share per arm). Replacing starts afresh.':
    '전략: `single`(변형 하나), `ab`(90과 10 같은 상대 가중치로 나누고, 실제 비율은 `weights`로 답함. user_id 해시로 사용자를 고정, GrowthBook v2 방식), `canary`([안정, 카나리]. 가드레일을 지키는 동안 라벨 있는 요청이 `labelled_per_step`개 모일 때마다 다음 단계로 넘어가고, 하나라도 깨지면 롤백), `shadow`([주, 섀도]. 섀도는 표본으로 뽑힌 요청의 사본을 받고, 그 답은 기록만 함), `bandit`(피드백을 보고 epsilon_greedy, ucb1, thompson 중 하나로 배분하되, 변형마다 최소 비율은 남김). 교체하면 처음부터 다시 시작합니다.',
  'Letters, digits, `_`, `.` and `-`.': '영문자, 숫자, `_`, `.`, `-`.',
  'The variant’s name, e.g. control.': '변형의 이름. 예: control.',
  'A version number; or give `alias`.': '버전 번호. 또는 `alias`를 주세요.',
  'An alias, resolved per request.': '별칭. 요청이 올 때마다 어떤 버전인지 확인합니다.',
  'A/B weight relative to the other variants’: any number from 0 up (90 and 10, or 0.9 and 0.1, give 90% and 10%). Give every variant one, or none for an even split.':
    '다른 변형과 견준 A/B 가중치. 0 이상이면 어떤 수든 됩니다(90과 10, 또는 0.9와 0.1이면 90%와 10%). 모든 변형에 주거나, 고르게 나누려면 하나도 주지 마세요.',
  'Fault injection, as Istio’s: failed requests answer 503; for simulations and drills.':
    'Istio처럼 장애를 일부러 넣습니다: 실패한 요청은 503으로 답합니다. 시뮬레이션과 장애 훈련용.',
  'Share of requests that fail.': '실패시킬 요청의 비율.',
  'Delay added to each answer.': '응답마다 더할 지연 시간.',
  'Assign by hashing `user_id` (GrowthBook v2).':
    '`user_id`를 해시해서 변형을 배정합니다(GrowthBook v2).',
  'Seed of the hash; the deployment’s name by default.': '해시의 시드. 기본값은 배포 이름.',
  'Seed of the router’s draws (per-request assignment, shadow sampling, bandit exploration) and of injected faults: the same seed serves the same traffic the same way, as the simulator’s fast-forward does.':
    '라우터가 뽑는 난수(요청별 배정, 섀도 표본 추출, 밴딧 탐색)와 주입한 장애의 시드. 시드가 같으면 같은 트래픽을 같은 방식으로 처리합니다. 시뮬레이터의 빨리 감기도 이 성질을 이용합니다.',
  'Replaced (201 when created).': '교체했습니다(새로 만들었으면 201).',
  'A variant names a model that does not exist.': '변형이 존재하지 않는 모델을 가리킵니다.',
  'Get a deployment, its current weights and its decisions':
    '배포 하나 조회: 현재 가중치와 지금까지의 결정',
  'The deployment.': '배포.',
  'No such deployment.': '그런 배포가 없습니다.',
  'Delete a deployment with its request log': '배포와 그 요청 기록 삭제',
  'Promote the candidate': '후보 버전 승격',
  'The last variant (the canary, the treatment, the shadow) takes all traffic, and its version becomes the model’s `champion` (promotion rules apply: 409 when it fails one).':
    '마지막 변형(카나리, 실험군, 섀도)이 모든 트래픽을 받고, 그 버전이 모델의 `champion`이 됩니다(승격 규칙이 적용되어, 하나라도 통과하지 못하면 409).',
  'The deployment after the decision.': '결정이 반영된 뒤의 배포.',
  'The version fails a promotion rule of its model.':
    '이 버전이 모델의 승격 규칙을 통과하지 못합니다.',
  'Roll back to the first variant': '첫 변형으로 롤백',
  'The first variant takes all traffic. A canary stops its roll-out.':
    '첫 변형이 모든 트래픽을 받습니다. 카나리라면 점진 배포를 멈춥니다.',
  'Predict through a deployment': '배포를 거쳐 예측하기',
  'As model predict, plus `user_id` (the sticky assignment key). The answer names the `variant` that served it (header `X-Variant`) and a `request_id` to send back with the true label to POST /api/feedback.':
    '모델 예측과 같고, `user_id`(사용자를 변형에 고정하는 키)를 더 받습니다. 응답에는 답한 `variant`(헤더 `X-Variant`에도 있음)와, 나중에 실제 라벨과 함께 POST /api/feedback으로 돌려보낼 `request_id`가 들어 있습니다.',
  'The four measurements, in the order of the signature.': '측정값 네 개, 시그니처의 순서대로.',
  'Sticky assignment key.': '사용자를 변형에 고정하는 키.',
  '1 to 10,000 rows.': '1행에서 10,000행까지.',
  'The prediction(s).': '예측 결과(하나 또는 여러 개).',
  'The probability of the predicted class, to 6 decimals.':
    '예측한 클래스의 확률(소수점 6자리까지).',
  "Each class's probability, to 6 decimals.": '클래스별 확률(소수점 6자리까지).',
  'Send it back with the true label to POST /api/feedback.':
    '실제 라벨과 함께 POST /api/feedback으로 돌려보내세요.',
  'No such deployment, or its model version is gone.':
    '그런 배포가 없거나, 배포가 쓰는 모델 버전이 사라졌습니다.',
  'Give the true label of an earlier prediction': '이전 예측의 실제 라벨 알려 주기',
  'Feeds accuracy, canary guardrails and bandits. One label per request.':
    '정확도, 카나리 가드레일, 밴딧이 이 라벨로 계산됩니다. 요청 하나에 라벨은 하나만 줄 수 있습니다.',
  'The true species.': '실제 품종.',
  'Recorded.': '기록했습니다.',
  'No request has this id.': '이 id의 요청이 없습니다.',
  'This request has its label already.': '이 요청에는 이미 라벨이 있습니다.',
  'How each variant of a deployment does': '배포의 변형마다 성적 보기',
  'Per variant: requests, share, errors, latency p50/p95, labelled count, accuracy with a Wilson 95% interval, and against the control (the first variant) the relative lift with its interval and the chance to beat it. Between the first two variants: the effect with its interval, the z-test p-value, the always-valid (mSPRT) p-value, P(treatment better) and the sample-ratio-mismatch p-value. The verdict says it in one status, as the Deploy page does: better, worse, not enough data (with how many more labelled requests), inconclusive, or a sample-ratio mismatch (users for a sticky split, else requests). For a shadow: its own numbers on the copies it got (mirrored, failed, agreement with the primary, accuracy on labelled copies, latency p50/p95).':
    '변형마다: 요청 수, 비율, 오류, 지연 시간 p50/p95, 라벨 있는 요청 수, 정확도와 그 Wilson 95% 구간, 그리고 대조군(첫 번째 변형)에 견준 상대 향상과 그 구간, 대조군을 이길 확률. 앞의 두 변형 사이: 효과와 그 구간, z-검정 p-값, 언제 봐도 유효한(mSPRT) p-값, P(실험군이 더 나음), 표본 비율 불일치(SRM) p-값. 판정(verdict)은 이것을 배포 페이지처럼 상태 하나로 말해 줍니다: 더 나음, 더 못함, 데이터 부족(라벨 있는 요청이 몇 개 더 필요한지와 함께), 결론 없음, 또는 표본 비율 불일치(고정 배정이면 사용자 수, 아니면 요청 수로 검사). 섀도라면 받은 복사본에서 낸 섀도 자신의 수치(복사된 수, 실패, 기본 모델과의 일치율, 라벨 있는 복사본의 정확도, 지연 시간 p50/p95).',
  'The smallest lift in accuracy worth finding, absolute (0.03 = 3 points), as the Deploy page’s planner asks: the verdict says how many more labelled requests it needs. Default 0.03.':
    '찾을 가치가 있는 가장 작은 정확도 향상, 절댓값입니다(0.03 = 3%p). 배포 페이지의 실험 계획기가 묻는 값과 같습니다. 판정은 이 향상을 찾으려면 라벨 있는 요청이 몇 개 더 필요한지 알려 줍니다. 기본값 0.03.',
  'Its share of all requests (0-1).': '전체 요청 가운데 이 변형의 비율(0~1).',
  'Requests whose true label came back.': '정답 라벨이 돌아온 요청 수.',
  'Accuracy on labelled requests; null without any.':
    '라벨 있는 요청에서의 정확도. 라벨이 하나도 없으면 null.',
  'Wilson 95% interval of the accuracy.': '정확도의 Wilson 95% 구간.',
  'What the split assigned it: distinct users when sticky (a request without user_id counts alone), else requests.':
    '분할이 이 변형에 배정한 단위 수: 고정 배정(sticky)이면 서로 다른 사용자 수(user_id 없는 요청은 하나씩 따로 셉니다), 아니면 요청 수.',
  'Its accuracy over the control’s (the first variant’s), minus 1: 0.05 is 5% better. Null for the control.':
    '이 변형의 정확도를 대조군(첫 번째 변형)의 정확도로 나누고 1을 뺀 값입니다. 0.05면 5% 더 낫다는 뜻입니다. 대조군 자신은 null.',
  '95% interval of the relative lift (delta method).': '상대 향상의 95% 구간(델타 방법).',
  'P(its accuracy > the control’s) given the labels, with uniform Beta(1, 1) priors. Null for the control.':
    '지금까지의 라벨로 본 P(이 변형의 정확도 > 대조군의 정확도). 균등 Beta(1, 1) 사전분포를 씁니다. 대조군 자신은 null.',
  'The second variant’s accuracy minus the first’s.':
    '두 번째 변형의 정확도에서 첫 번째 변형의 정확도를 뺀 값.',
  '95% interval of the effect.': '효과의 95% 구간.',
  'Two-proportion z-test: valid for one look only.':
    '두 비율 z-검정의 p-값. 딱 한 번 볼 때만 유효합니다.',
  'Always valid (mSPRT): may be read after every request.':
    '언제 봐도 유효한(mSPRT) p-값. 요청마다 들여다봐도 괜찮습니다.',
  'The first two variants, once both have labels; null for a shadow.':
    '앞의 두 변형의 비교. 둘 다 라벨이 생긴 뒤부터 있습니다. 섀도라면 null.',
  '`sample_ratio_mismatch` first (the split is broken: trust nothing); `not_enough_data` while an arm has under 100 labels, or no decision yet and fewer labels than the planned lift needs; `better` or `worse` when a treatment’s chance to beat control reaches the threshold either way; else `inconclusive` (enough data, no lift that large).':
    '가장 먼저 `sample_ratio_mismatch`(분할이 깨졌으니 아무것도 믿지 마세요). 어느 변형이든 라벨이 100개 미만이거나, 아직 결정이 나지 않았고 계획한 향상에 필요한 라벨보다 적으면 `not_enough_data`. 실험군이 대조군을 이길 확률이 어느 쪽으로든 기준에 닿으면 `better` 또는 `worse`. 그 밖에는 `inconclusive`(데이터는 충분한데 그만한 향상이 없음).',
  'The treatment a `better` or `worse` status speaks of; null otherwise.':
    '`better`나 `worse` 상태가 가리키는 실험군. 그 밖의 상태에서는 null.',
  'That treatment’s chance to beat control.': '그 실험군이 대조군을 이길 확률.',
  'The chance to beat control (or its complement) that decides: 0.95.':
    '결정을 내리는 기준 확률(대조군을 이길 확률, 또는 질 확률): 0.95.',
  'The lift asked for with ?planned_lift.': '?planned_lift로 요청한 향상.',
  'Labelled requests each variant needs to find the planned lift from the control’s accuracy (two-sided alpha 5%, power 80%, as the planner computes); null without a baseline.':
    '대조군의 정확도에서 계획한 향상을 찾아내려면 변형마다 필요한 라벨 있는 요청 수(양측 유의수준 5%, 검정력 80%, 실험 계획기와 같은 계산). 기준이 될 정확도가 없으면 null.',
  'How many more labelled requests the smallest variant needs (at least 100 in all); 0 when every variant has enough.':
    '라벨이 가장 적은 변형에 라벨 있는 요청이 몇 개 더 필요한지(모두 합쳐 최소 100개). 모든 변형이 충분하면 0.',
  'p below 0.001 (GrowthBook’s threshold).': 'p가 0.001 미만인지(GrowthBook의 기준).',
  'The sample-ratio check of the units against the weights; null when the weights do not stay fixed (canary, bandit).':
    '배정 단위 수를 가중치와 견주는 표본 비율 검사. 가중치가 고정되지 않는 전략(카나리, 밴딧)이면 null.',
  'Every variant against the first; null for a single variant or a shadow.':
    '모든 변형을 첫 번째 변형과 견준 판정. 변형이 하나뿐이거나 섀도라면 null.',
  'Counts by [the primary’s class][the shadow’s class].':
    '[기본 모델의 클래스][섀도의 클래스]별 개수.',
  'The metrics.': '변형별 지표와 비교 결과.',
  'Every deployment’s counters in Prometheus’ text format':
    '모든 배포의 카운터, Prometheus 텍스트 형식으로',
  'text/plain; version=0.0.4': 'Prometheus 텍스트 형식(text/plain; version=0.0.4).',

  // Aliases.
  "List a model's aliases and their history": '모델의 별칭과 그 이력 조회',
  'Where each alias points now, and every move (who, from, to, when), newest first.':
    '각 별칭이 지금 가리키는 버전과, 지금까지의 모든 이동(누가, 어디서, 어디로, 언제). 최신 이동부터.',
  'The aliases and their history.': '별칭과 그 이력.',
  'null: the alias was created.': 'null이면 이때 별칭이 만들어졌습니다.',
  'null: the alias was deleted.': 'null이면 이때 별칭이 삭제되었습니다.',
  'Moved from the registry page, or through the API.':
    '레지스트리 페이지에서 옮겼는지(ui), API로 옮겼는지(api).',
  'Every move, newest first.': '모든 이동, 최신부터.',
  'Point an alias at a version': '별칭이 버전을 가리키게 하기',
  "Creates the alias or moves it. Alias names match ^[A-Za-z_][A-Za-z0-9_-]*$ and may not look like a version (v12). Moving `champion` to a version whose run fails the model's promotion rules is refused with 409 and `failed_rules`.":
    '별칭을 만들거나 옮깁니다. 별칭 이름은 ^[A-Za-z_][A-Za-z0-9_-]*$ 에 맞아야 하고, 버전처럼 보이면(v12) 안 됩니다. 출처 실행이 모델의 승격 규칙을 통과하지 못하는 버전으로 `champion`을 옮기려 하면 409와 `failed_rules`로 거절됩니다.',
  'Alias name, e.g. champion.': '별칭 이름. 예: champion.',
  'The version the alias points at.': '별칭이 가리킬 버전.',
  'Where the alias now points.': '별칭이 지금 가리키는 곳.',
  'The version fails a promotion rule: `failed_rules` says which and by how much.':
    '이 버전이 승격 규칙을 통과하지 못합니다: 어느 규칙을 얼마나 못 미쳤는지 `failed_rules`에 있습니다.',
  'Delete an alias': '별칭 삭제',
  'No such registered model or alias.': '그런 등록된 모델이나 별칭이 없습니다.',

  // Predictions.
  'Predict the species of one or more flowers': '꽃 한 송이 이상의 품종 예측하기',
  'Uses `?version=N`, or `?alias=name`, or by default the `champion` alias and else the latest version. A `features` or named-fields body answers one prediction; `instances` and `dataframe_split` answer a list. The header `X-Model-Version` names the version that answered. No token needed.':
    '`?version=N`이나 `?alias=name`으로 버전을 고르고, 둘 다 없으면 `champion` 별칭, 그것도 없으면 최신 버전을 씁니다. `features`나 필드 이름으로 보낸 본문에는 예측 하나로, `instances`와 `dataframe_split`에는 목록으로 답합니다. 답한 버전은 `X-Model-Version` 헤더에 있습니다. 토큰이 필요 없습니다.',
  'A version number.': '버전 번호.',
  'An alias such as champion.': 'champion 같은 별칭.',
  'No such registered model, version or alias, or no version yet.':
    '그런 등록된 모델, 버전, 별칭이 없거나, 아직 버전이 하나도 없습니다.',

  // Evaluations.
  'Evaluate a model version': '모델 버전 평가',
  "`holdout` retrains the version's setup on a stratified split; `kfold` retrains it on each of k stratified folds; `bootstrap` predicts the version's held-out rows once and resamples them. Every metric comes with its mean, std, interval and per-fold or per-resample values; accuracy also with its Wilson interval over the test rows, which a perfect score does not shrink to [1, 1]. Recorded as a run (folds as child runs).":
    '`holdout`은 층화 분할 하나로 그 버전의 설정을 다시 학습하고, `kfold`는 층화 폴드 k개마다 다시 학습하며, `bootstrap`은 그 버전의 검증 행을 한 번 예측한 뒤 재표집합니다. 지표마다 평균, 표준편차, 구간과 폴드별 또는 재표집별 값을 돌려주고, 정확도는 테스트 행으로 구한 Wilson 구간도 함께 줍니다. 이 구간은 만점이어도 [1, 1]로 줄어들지 않습니다. 평가는 실행으로 기록됩니다(폴드는 자식 실행).',
  'Accuracy’s Wilson score interval at `confidence` over the test rows. A bootstrap whose every resample scores 1 has the percentile interval [1, 1]; this one stays honest: 30 of 30 right gives about [0.886, 1] at 95%.':
    '테스트 행으로 구한 정확도의 Wilson 점수 구간(신뢰 수준 `confidence`). 모든 재표집이 1점인 부트스트랩의 백분위 구간은 [1, 1]이지만, 이 구간은 정직하게 남습니다. 30행을 모두 맞혀도 95%에서 대략 [0.886, 1]입니다.',
  'Test rows classified correctly.': '바르게 분류한 테스트 행 수.',
  'Test rows (every fold’s for kfold).': '테스트 행 수(kfold라면 모든 폴드의 행).',
  'A version number (default: champion, else latest).':
    '버전 번호(기본값: champion, 없으면 최신 버전).',
  "Default: the version's own.": '기본값: 그 버전이 학습 때 쓴 값.',
  'Folds for kfold (default 5).': 'kfold의 폴드 수(기본값 5).',
  'Bootstrap resamples (default 1000).': '부트스트랩 재표집 횟수(기본값 1000).',
  'Interval level (default 0.95).': '구간의 신뢰 수준(기본값 0.95).',
  'Splits and folds are always stratified by species.': '분할과 폴드는 항상 품종별로 층화합니다.',
  "Default: the version's own seed.": '기본값: 그 버전이 학습 때 쓴 시드.',
  'The evaluation.': '평가 결과.',
  'The run that records it (folds are its child runs).':
    '이 평가를 기록한 실행(폴드는 그 자식 실행).',
  'Per fold, or per resample.': '폴드별 또는 재표집별 값.',
  'Each test row (its index in the data set), with its true and predicted class.':
    '테스트 행마다(데이터셋에서의 인덱스) 실제 클래스와 예측한 클래스.',
  'No such model, version or alias.': '그런 모델, 버전, 별칭이 없습니다.',
  'Get an evaluation': '평가 하나 조회',
  'The evaluation id (its run id).': '평가 id(평가를 기록한 실행의 id).',
  'No evaluation has this id.': '이 id의 평가가 없습니다.',
  'Compare two evaluations': '두 평가 비교하기',
  'Two evaluations of the same method and seed (so the same folds or resamples and test rows), usually of two versions: per metric, the paired difference A − B with its mean, std and interval, and McNemar’s exact test on the rows one classified correctly and the other did not.':
    '방법과 시드가 같은(그래서 폴드나 재표집, 테스트 행이 같은) 두 평가를 비교합니다. 보통 두 버전을 비교할 때 씁니다: 지표마다 짝지은 차이 A − B의 평균, 표준편차, 구간을 보여 주고, 한쪽만 맞힌 행들로 McNemar 정확 검정을 합니다.',
  'Evaluation A.': '평가 A.',
  'Evaluation B: same method and seed, so the same rows.':
    '평가 B: 방법과 시드가 A와 같아야 같은 행을 씁니다.',
  'The comparison.': '비교 결과.',
  'Evaluation B.': '평가 B.',
  'Per metric: A − B on each shared fold or resample, summarized.':
    '지표마다: 공통된 폴드나 재표집 각각에서 구한 A − B를 요약한 값.',
  'Rows A classified correctly and B did not.': 'A는 맞히고 B는 틀린 행 수.',
  'Rows B classified correctly and A did not.': 'B는 맞히고 A는 틀린 행 수.',
  "McNemar's exact two-sided p-value.": 'McNemar 정확 검정의 양측 p-값.',
  'Whether the rows the two disagree on split unevenly.':
    '두 평가의 판정이 갈린 행들이 한쪽으로 치우쳤는지.',
  'p_value < 0.05: a split this uneven would be rare if A and B were equally good.':
    'p_value < 0.05: A와 B가 똑같이 좋다면 이만큼 치우치기는 드뭅니다.',
  'No evaluation has one of these ids.': '둘 중 한 id의 평가가 없습니다.',
  'The two did not use the same rows.': '두 평가가 같은 행을 쓰지 않았습니다.',

  // MLflow's own REST API and scoring server.
  'MLflow’s own REST API under /api/2.0/mlflow/ (what its Python client calls), and its scoring server (/invocations, /ping, /version), on the same runs and models as the rest: point MLFLOW_TRACKING_URI here and the calls are MLflow’s. Errors are MLflow’s: {"error_code", "message"}, 400 for a bad parameter.':
    'MLflow 자체의 REST API(/api/2.0/mlflow/ 아래, MLflow 파이썬 클라이언트가 부르는 엔드포인트)와 MLflow 스코어링 서버(/invocations, /ping, /version)입니다. 다른 엔드포인트와 같은 실행과 모델을 다룹니다. MLFLOW_TRACKING_URI를 이곳으로 지정하면 호출이 MLflow의 것과 똑같습니다. 오류도 MLflow 모양({"error_code", "message"})이고, 잘못된 매개변수는 400입니다.',
  'mlflow.create_experiment(name). Answers its id; a name already taken is RESOURCE_ALREADY_EXISTS (400).':
    'mlflow.create_experiment(name)에 해당합니다. 새 실험의 id를 돌려주며, 이미 있는 이름이면 RESOURCE_ALREADY_EXISTS(400)입니다.',
  'Accepted and ignored: artifacts stay in the browser.':
    '받기는 하지만 쓰지 않습니다. 아티팩트는 브라우저 안에 저장됩니다.',
  'The new experiment’s id.': '새 실험의 id.',
  'INVALID_PARAMETER_VALUE (BAD_REQUEST for scoring): a missing or bad field, or a body that is not JSON, named in the message.':
    'INVALID_PARAMETER_VALUE(스코어링 서버는 BAD_REQUEST): 필드가 없거나 잘못됐거나 본문이 JSON이 아닙니다. 무엇이 문제인지 message에 적혀 있습니다.',
  'UNAUTHENTICATED: missing or wrong bearer token (MLFLOW_TRACKING_TOKEN).':
    'UNAUTHENTICATED: Bearer 토큰(MLFLOW_TRACKING_TOKEN)이 없거나 틀렸습니다.',
  'mlflow.get_experiment(experiment_id).': 'mlflow.get_experiment(experiment_id)에 해당합니다.',
  'RESOURCE_DOES_NOT_EXIST: no experiment has this id.':
    'RESOURCE_DOES_NOT_EXIST: 이 id의 실험이 없습니다.',
  'Get an experiment by name': '이름으로 실험 가져오기',
  'mlflow.get_experiment_by_name(name); deleted experiments too, as MLflow does.':
    'mlflow.get_experiment_by_name(name)에 해당합니다. MLflow처럼 삭제된 실험도 찾습니다.',
  'RESOURCE_DOES_NOT_EXIST: no experiment has this name.':
    'RESOURCE_DOES_NOT_EXIST: 이 이름의 실험이 없습니다.',
  'Search experiments': '실험 검색',
  "mlflow.search_experiments(filter_string=…). The filter reads `name` and `tags.<key>` (e.g. `name LIKE 'iris%'`); order_by `name`, `experiment_id`, `creation_time` or `last_update_time`, ASC or DESC.":
    "mlflow.search_experiments(filter_string=…)에 해당합니다. 필터에는 `name`과 `tags.<key>`를 쓸 수 있고(예: `name LIKE 'iris%'`), order_by에는 `name`, `experiment_id`, `creation_time`, `last_update_time`에 ASC나 DESC를 붙여 씁니다.",
  "e.g. name LIKE 'iris%' or tags.team = 'ml'.": "예: name LIKE 'iris%' 또는 tags.team = 'ml'.",
  'Create a run': '실행 만들기',
  'mlflow.start_run(): a RUNNING run to log into. `user_id` is kept as the tag mlflow.user, a tag mlflow.runName names the run when run_name is left out.':
    'mlflow.start_run()에 해당합니다. 기록을 남길 RUNNING 상태의 실행을 만듭니다. `user_id`는 mlflow.user 태그로 저장되고, run_name이 없으면 mlflow.runName 태그가 실행 이름이 됩니다.',
  '"0" (Default) if left out.': '생략하면 "0"(Default)입니다.',
  'Kept as the tag mlflow.user.': 'mlflow.user 태그로 저장됩니다.',
  'The new run.': '새 실행.',
  'Absent while the run is running.': '실행이 진행 중이면 이 필드가 없습니다.',
  'mlflow.get_run(run_id): its info, data (metrics with their latest value, timestamp and step; params; tags) and inputs. `run_uuid` is the legacy name of `run_id`.':
    'mlflow.get_run(run_id)에 해당합니다. 실행의 info, data(지표마다 최신 값과 그 timestamp, step; 파라미터; 태그), inputs를 돌려줍니다. `run_uuid`는 `run_id`의 옛 이름입니다.',
  'Legacy name of run_id.': 'run_id의 옛 이름.',
  'RESOURCE_DOES_NOT_EXIST: no run has this id.':
    'RESOURCE_DOES_NOT_EXIST: 이 id의 실행이 없습니다.',
  'End or rename a run': '실행 끝내기 또는 이름 바꾸기',
  'mlflow.end_run(status=…): FINISHED, FAILED or KILLED ends the run (end_time, now if left out). RUNNING keeps a running run as it is; a run that ended cannot run again here.':
    'mlflow.end_run(status=…)에 해당합니다. FINISHED, FAILED, KILLED는 실행을 끝냅니다(end_time을 생략하면 지금 시각). RUNNING은 진행 중인 실행을 그대로 둡니다. 이 서버에서는 끝난 실행을 다시 시작할 수 없습니다.',
  'The run’s info.': '실행의 info.',
  'INVALID_PARAMETER_VALUE: a param would change, or the run is deleted.':
    'INVALID_PARAMETER_VALUE: 이미 기록된 파라미터 값을 바꾸려 했거나, 삭제된 실행입니다.',
  'mlflow.delete_run(run_id): its lifecycle_stage becomes deleted.':
    'mlflow.delete_run(run_id)에 해당합니다. 실행의 lifecycle_stage가 deleted가 됩니다.',
  'Logged: an empty object.': '기록했습니다. 빈 객체를 돌려줍니다.',
  'Log a param': '파라미터 기록',
  'mlflow.log_param(key, value). A param never changes: the same value again is fine, another is INVALID_PARAMETER_VALUE.':
    'mlflow.log_param(key, value)에 해당합니다. 파라미터는 바뀌지 않습니다. 같은 값을 다시 기록하는 건 괜찮지만 다른 값이면 INVALID_PARAMETER_VALUE입니다.',
  'Log a metric': '지표 기록',
  'mlflow.log_metric(key, value, step): one point of the metric’s history.':
    'mlflow.log_metric(key, value, step)에 해당합니다. 지표 기록(history)에 점 하나를 더합니다.',
  'Set a tag': '태그 설정',
  'mlflow.set_tag(key, value): tags, unlike params, may change.':
    'mlflow.set_tag(key, value)에 해당합니다. 태그는 파라미터와 달리 바꿀 수 있습니다.',
  'Log metrics, params and tags at once': '지표, 파라미터, 태그 한꺼번에 기록',
  'What mlflow.log_metrics, log_params and set_tags send: up to 1,000 metrics, 100 params and 100 tags (1,000 in all) per call, all or nothing.':
    'mlflow.log_metrics, log_params, set_tags가 보내는 요청입니다. 한 번에 지표 1,000개, 파라미터 100개, 태그 100개(모두 합쳐 1,000개)까지 보낼 수 있고, 전부 기록되거나 하나도 기록되지 않습니다.',
  "mlflow.search_runs(filter_string=…): MLflow's search language (e.g. `metrics.val_accuracy > 0.9 AND params.model = 'mlp'`), order_by, pages. The same search as POST /api/runs/search, with its OR and parentheses. No token needed.":
    "mlflow.search_runs(filter_string=…)에 해당합니다. MLflow의 검색 언어(예: `metrics.val_accuracy > 0.9 AND params.model = 'mlp'`), order_by, 페이지를 지원합니다. POST /api/runs/search와 같은 검색이라 OR와 괄호도 쓸 수 있습니다. 토큰은 필요 없습니다.",
  'Get the history of a metric': '지표 기록(history) 가져오기',
  'MlflowClient().get_metric_history(run_id, key): every logged point, by step.':
    'MlflowClient().get_metric_history(run_id, key)에 해당합니다. 기록된 모든 점을 step 순서로 돌려줍니다.',
  'The points.': '기록된 점들.',
  'MlflowClient().list_artifacts(run_id, path): the files and folders directly in `path` (the run’s root if left out), e.g. the folder `model` and the image `confusion_matrix.svg`.':
    'MlflowClient().list_artifacts(run_id, path)에 해당합니다. `path` 바로 아래의 파일과 폴더를 돌려줍니다(생략하면 실행의 맨 위). 예를 들어 `model` 폴더와 `confusion_matrix.svg` 이미지가 있습니다.',
  'A folder of the run; its root if left out.': '실행 안의 폴더. 생략하면 맨 위 폴더입니다.',
  'The folder’s entries.': '폴더 안의 항목들.',
  'MlflowClient().create_registered_model(name). A name already taken is RESOURCE_ALREADY_EXISTS.':
    'MlflowClient().create_registered_model(name)에 해당합니다. 이미 있는 이름이면 RESOURCE_ALREADY_EXISTS입니다.',
  'The new registered model.': '새로 등록된 모델.',
  'MlflowClient().get_registered_model(name): with its latest version and its aliases.':
    'MlflowClient().get_registered_model(name)에 해당합니다. 최신 버전과 별칭도 함께 돌려줍니다.',
  'RESOURCE_DOES_NOT_EXIST: no such registered model.':
    'RESOURCE_DOES_NOT_EXIST: 그런 등록 모델이 없습니다.',
  'Search registered models': '등록 모델 검색',
  "MlflowClient().search_registered_models(filter_string=…): e.g. `name LIKE 'iris%'` or `tags.team = 'ml'`; order_by `name`, `creation_timestamp` or `last_updated_timestamp`, ASC or DESC.":
    "MlflowClient().search_registered_models(filter_string=…)에 해당합니다. 예: `name LIKE 'iris%'` 또는 `tags.team = 'ml'`. order_by에는 `name`, `creation_timestamp`, `last_updated_timestamp`에 ASC나 DESC를 붙여 씁니다.",
  "e.g. name LIKE 'iris%'.": "예: name LIKE 'iris%'.",
  'Create a model version': '모델 버전 만들기',
  'What mlflow.register_model("runs:/<run_id>/model", name) sends: the run’s model becomes the next version. This server serves models from runs only: `run_id`, or a `runs:/<run_id>/…` source.':
    'mlflow.register_model("runs:/<run_id>/model", name)이 보내는 요청입니다. 실행이 남긴 모델이 다음 버전이 됩니다. 이 서버는 실행에서 나온 모델만 다루므로 `run_id`나 `runs:/<run_id>/…` 형태의 source가 필요합니다.',
  'Where the model is: runs:/<run_id>/model here.':
    '모델이 있는 곳. 여기서는 runs:/<run_id>/model 형태입니다.',
  'The run that logged the model; read from source if left out.':
    '모델을 기록한 실행. 생략하면 source에서 읽습니다.',
  'INVALID_PARAMETER_VALUE: the run logged no model.':
    'INVALID_PARAMETER_VALUE: 그 실행은 모델을 기록하지 않았습니다.',
  'RESOURCE_DOES_NOT_EXIST: no such registered model or run.':
    'RESOURCE_DOES_NOT_EXIST: 그런 등록 모델이나 실행이 없습니다.',
  'Get a model version': '모델 버전 가져오기',
  'MlflowClient().get_model_version(name, version); `version` is a string, as MLflow sends it.':
    'MlflowClient().get_model_version(name, version)에 해당합니다. MLflow가 보내는 대로 `version`은 문자열입니다.',
  'A version number, as a string (MLflow sends it so).': '버전 번호(MLflow가 보내는 대로 문자열).',
  'RESOURCE_DOES_NOT_EXIST: no such registered model, version or alias.':
    'RESOURCE_DOES_NOT_EXIST: 그런 등록 모델, 버전, 별칭이 없습니다.',
  'Set an alias': '별칭 설정',
  'MlflowClient().set_registered_model_alias(name, alias, version). Setting `champion` must pass the model’s promotion rules (INVALID_PARAMETER_VALUE naming the rules it fails).':
    'MlflowClient().set_registered_model_alias(name, alias, version)에 해당합니다. `champion`을 설정하려면 모델의 승격 규칙을 통과해야 합니다(통과하지 못하면 어긴 규칙을 적은 INVALID_PARAMETER_VALUE).',
  'Set: an empty object.': '설정했습니다. 빈 객체를 돌려줍니다.',
  'MlflowClient().delete_registered_model_alias(name, alias). MLflow’s client sends the fields as a JSON body; `?name=…&alias=…` works too.':
    'MlflowClient().delete_registered_model_alias(name, alias)에 해당합니다. MLflow 클라이언트는 필드를 JSON 본문으로 보내지만 `?name=…&alias=…`로 보내도 됩니다.',
  'Deleted: an empty object.': '삭제했습니다. 빈 객체를 돌려줍니다.',
  'Get the version an alias points at': '별칭이 가리키는 버전 가져오기',
  'MlflowClient().get_model_version_by_alias(name, alias).':
    'MlflowClient().get_model_version_by_alias(name, alias)에 해당합니다.',
  'Score rows (MLflow’s scoring server)': '행 예측하기(MLflow 스코어링 서버)',
  'As `mlflow models serve` answers: `dataframe_split`, `dataframe_records`, `instances` or `inputs` as JSON, or `text/csv` with a header row. The iris model’s champion (else its latest version) answers the predicted labels. These three paths sit at the app’s base, not under api/, as MLflow’s sit at its server’s root: the service worker answers them, and the app has no files by these names.':
    '`mlflow models serve`가 답하는 방식 그대로입니다. JSON으로 `dataframe_split`, `dataframe_records`, `instances`, `inputs` 중 하나를 보내거나, 머리글 행이 있는 `text/csv`를 보내세요. iris 모델의 champion(없으면 최신 버전)이 예측한 레이블을 돌려줍니다. MLflow의 경로가 서버 루트에 있듯이 이 세 경로도 api/ 아래가 아니라 앱의 기본 경로 바로 아래에 있습니다. 서비스 워커가 답하며, 앱에는 이 이름의 파일이 없습니다.',
  'Positional if left out.': '생략하면 열 순서대로 읽습니다.',
  'Accepted and ignored.': '받기는 하지만 쓰지 않습니다.',
  'One predicted label per row.': '행마다 예측한 레이블 하나.',
  'RESOURCE_DOES_NOT_EXIST: iris has no version to serve.':
    'RESOURCE_DOES_NOT_EXIST: iris 모델에 서빙할 버전이 없습니다.',
  'BAD_REQUEST: the body is neither application/json nor text/csv.':
    'BAD_REQUEST: 본문이 application/json도 text/csv도 아닙니다.',
  'Is a model loaded? (MLflow’s scoring server)': '모델이 준비됐나요?(MLflow 스코어링 서버)',
  '200 with a newline when iris has a version to serve, 404 when it has none, as MLflow’s /ping.':
    'MLflow의 /ping처럼, iris에 서빙할 버전이 있으면 줄바꿈 하나와 함께 200, 없으면 404입니다.',
  'Ready.': '준비됐습니다.',
  'No model to serve yet.': '아직 서빙할 모델이 없습니다.',
  'The MLflow version this server answers like': '이 서버가 흉내 내는 MLflow 버전',
  'The version, as plain text (e.g. 2.19.0).': '버전(일반 텍스트, 예: 2.19.0).',
};

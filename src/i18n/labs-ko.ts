// The labs' texts in Korean: the same keys as labs-en.ts, written for a Korean student.
import type { LabTextKey } from './labs-en';

export const labsKo: Record<LabTextKey, string> = {
  'ui.step': '{n}단계',
  'ui.done': '완료',
  'ui.todo': '할 일',
  'ui.stateDone': '{n}단계를 마쳤습니다.',
  'ui.stateTodo': '{n}단계는 아직 하지 않았습니다.',
  'ui.do': '해 볼 것',
  'ui.open': '여기서 해 보기',
  'ui.tutorialCode': '튜토리얼에서는 ({label})',
  'ui.hereCode': '여기서는 ({label})',
  'ui.seen': '확인한 내용',
  'ui.watching': '지켜보는 중… 직접 해 보면 이 단계가 저절로 완료로 바뀝니다.',
  'ui.learned': '이번 실습에서 배운 것',
  'ui.next': '다음 실습: {title}',
  'ui.lastLab': '마지막 실습까지 끝냈습니다. 수고했어요!',
  'ui.reset': '이 실습 처음부터',
  'ui.resetNote':
    '이 실습의 완료 표시만 지우고 시계를 다시 시작합니다. 실행 기록·모델·배포는 그대로 남습니다.',
  'ui.resetConfirm': '“{title}” 실습을 처음부터 다시 할까요? 지금부터 한 것만 인정됩니다.',
  'ui.allDone': '{total}단계를 모두 마쳤습니다.',
  'ui.devtools':
    '개발자 도구 쓰는 법: F12(맥은 Cmd+Option+I)를 누르고 Console 탭에 코드를 붙여 넣은 뒤 Enter를 누르세요.',

  'seen.request': '보낸 {request} 요청이 {status}을(를) 받았습니다.',
  'seen.requestDetail': '보낸 {request} 요청이 {status}을(를) 받았습니다: {detail}',
  'seen.requests': '{first}, 이어서 {second}',
  'seen.batch': '요청 하나로 {model}에게 예측 {rows}개를 한꺼번에 받았습니다.',
  'seen.experiment': 'Experiment “{name}”이(가) 만들어졌습니다.',
  'seen.runIn': 'Experiment “{experiment}”에서 Run “{run}”이(가) 끝났습니다.',
  'seen.logged': 'Run “{run}”에 직접 기록한 값이 있습니다. 파라미터 {params}, 메트릭 {metrics}',
  'seen.autolog':
    'Run “{run}”에 로깅 코드 한 줄 없이 파라미터 {params}개, 메트릭 {metrics}개, 태그 {tags}개가 기록됐습니다.',
  'seen.project': '프로젝트 “{name}”을(를) 저장했습니다. 파라미터: {parameters}',
  'seen.override':
    '프로젝트 “{project}”의 Run “{run}”이(가) {overrides}(으)로 값을 바꿔 실행됐습니다.',
  'seen.sweep': '프로젝트 “{project}”을(를) {parameter} = {values}(으)로 실행했습니다.',
  'seen.version': '{name} 버전 {version}이(가) 등록됐습니다.',
  'seen.alias': '{name}의 별칭 “{alias}”이(가) 이제 버전 {version}을(를) 가리킵니다.',
  'seen.evaluation': '{model}을(를) {method} 방식으로 평가했습니다. 평균 정확도 {accuracy}',
  'seen.deployment': '배포 “{name}” ({strategy}, 변형 {variants}개, 비율 {split})',
  'seen.sticky': '사용자 “{user}”가 요청을 {requests}번 보냈고, 매번 “{variant}”가 응답했습니다.',
  'seen.traffic':
    '“{name}”이(가) 요청 {requests}개를 처리했고(변형별 {split}), 그중 {labelled}개에 피드백이 왔습니다.',
  'seen.shadow':
    '“{name}”이(가) 요청 {requests}개를 처리했고, 섀도 모델이 그중 {shadowed}개의 복사본에 답했습니다.',
  'seen.decision': '“{name}”: {action} (결정한 쪽: {actor})',
  'seen.aa': 'A/A 테스트 “{name}”: 두 변형 모두 버전 {version}을(를) 서빙합니다.',
  'seen.peeks': '라벨이 {labelled}개 쌓이는 동안 “{name}”의 지표를 {reads}번 확인했습니다.',

  'what-is-an-api.intro':
    'API(Application Programming Interface)는 한 프로그램이 다른 프로그램에게 무언가를 부탁하는 약속된 방법입니다. 식당을 떠올려 보세요. 손님인 여러분은 클라이언트, 메뉴판은 API 문서, 웨이터는 API, 주방은 서버, 나오는 음식은 돌려받는 데이터입니다. API 뒤에 있는 ML 모델도 똑같습니다. 예측을 주문하면 주방에서 모델을 돌리고 결과가 돌아옵니다.',
  'what-is-an-api.menu.title': '메뉴판 읽기',
  'what-is-an-api.menu.explain':
    '주문하기 전에 손님은 메뉴판부터 봅니다. API의 메뉴판은 문서입니다. 어떤 엔드포인트가 있고, 무엇을 받아 무엇을 돌려주는지 적혀 있죠. 이 플레이그라운드는 메뉴판을 OpenAPI 문서로 제공하고 Swagger UI로 보여 줍니다.',
  'what-is-an-api.menu.do':
    'API 문서 페이지를 열고 엔드포인트 목록을 훑어보세요. 모델과 예측에 관한 것을 찾아보세요.',
  'what-is-an-api.order.title': '간단한 주문 넣기',
  'what-is-an-api.order.explain':
    '가장 간단한 주문은 “영업하시나요?”입니다. GET /api/health는 서비스가 살아 있는지 알려 줍니다. 웨이터가 요청을 주방에 전하고 짧은 JSON 답을 들고 옵니다.',
  'what-is-an-api.order.do':
    'GET /api/health를 보내 보세요. 링크를 누르면 API 콘솔이 열리면서 바로 보냅니다. 아래 개발자 도구 코드를 브라우저 콘솔에 붙여 넣어도 됩니다.',
  'what-is-an-api.kitchen.title': '모델에게 주문하기',
  'what-is-an-api.kitchen.explain':
    '이번에는 주방이 요리를 해야 하는 주문, 즉 예측을 넣어 봅시다. 꽃의 치수 네 개를 보내면 API가 학습된 모델에 넘기고, 품종이 돌아옵니다. 손님은 모델을 직접 보지 않습니다. 보는 것은 메뉴판과 음식뿐입니다.',
  'what-is-an-api.kitchen.do':
    '예측 페이지를 열고 예측 버튼을 누르세요. 아직 모델이 없다면 학습 페이지에서 먼저 학습하세요.',
  'what-is-an-api.learned':
    '클라이언트는 주방과 직접 이야기하지 않습니다. 메뉴판(문서)을 읽고, 웨이터(API)를 통해 주문하고, 데이터를 돌려받습니다. 메뉴판만 그대로라면 주방의 모델을 바꿔도 손님 쪽은 아무것도 바꿀 필요가 없습니다.',

  'http-anatomy.intro':
    'HTTP 요청은 언제나 같은 부품으로 이루어집니다. 어디로 보낼지(URL), 무엇을 하고 싶은지(메서드: GET은 조회, POST는 생성이나 처리, PUT은 수정, DELETE는 삭제), 요청에 대한 정보(헤더), 그리고 필요하면 실제 데이터(바디)입니다. 응답에는 상태 코드와 바디가 있습니다. 이번 실습에서는 부품을 하나씩 일부러 망가뜨려 보고 API가 뭐라고 답하는지 읽어 봅니다.',
  'http-anatomy.method.title': '메서드가 중요하다',
  'http-anatomy.method.explain':
    '같은 URL도 메서드에 따라 뜻이 달라집니다. 예측 엔드포인트는 처리할 데이터를 건네는 곳이라 POST만 받습니다. GET으로 물으면 405 Method Not Allowed가 오고, Allow 헤더에 받는 메서드가 적혀 있습니다.',
  'http-anatomy.method.do':
    'API 콘솔에서 메서드를 GET으로, 경로를 모델의 predict 엔드포인트로 골라 보내거나 개발자 도구 코드를 실행하세요. 상태 코드와 Allow 헤더를 확인하세요.',
  'http-anatomy.headers.title': '헤더: 누가 묻는가',
  'http-anatomy.headers.explain':
    '헤더에는 요청에 관한 정보가 담깁니다. 여기서 데이터를 바꾸는 요청에는 워크스페이스 토큰을 담은 Authorization: Bearer 헤더가 필요합니다(설정에서 바꾸지 않았다면 playground-token). 헤더가 없으면 401, 있으면 같은 요청이 통과합니다.',
  'http-anatomy.headers.do':
    '링크가 POST /api/experiments를 준비해 둡니다. 먼저 Authorization 헤더의 체크를 끄고 보내면 401이 옵니다. 다시 체크하고 Experiment 이름을 새로 바꿔 보내면 201이 옵니다.',
  'http-anatomy.content-type.title': '헤더: 바디가 무엇인가',
  'http-anatomy.content-type.explain':
    '바디는 보내는 데이터입니다. 예를 들면 {"features": [5.1, 3.5, 1.4, 0.2]}처럼요. Content-Type: application/json 헤더가 서버에게 이걸 어떻게 읽을지 알려 줍니다. 문자열 바디를 이 헤더 없이 fetch로 보내면 text/plain으로 전달되고, API는 415 Unsupported Media Type으로 거절합니다.',
  'http-anatomy.content-type.do':
    '아래 개발자 도구 코드를 실행해 보세요. Content-Type 없이 예측 바디를 보냅니다. 그다음 헤더를 넣어 다시 보내고 예측이 돌아오는지 보세요.',
  'http-anatomy.not-found.title': '상태 코드: 200, 404, 500',
  'http-anatomy.not-found.explain':
    '상태 코드는 응답의 첫마디입니다. 2xx는 성공, 4xx는 요청이 잘못됨, 5xx는 서버가 실패함을 뜻합니다. 404는 이름을 댄 대상이 없다는 뜻입니다. URL 모양은 맞지만 그런 이름의 모델이 없는 거죠.',
  'http-anatomy.not-found.do':
    '콘솔에서 없는 이름(예: rose)으로 GET /api/models/{name}을 보내고 404의 detail을 읽어 보세요.',
  'http-anatomy.learned':
    'URL, 메서드, 헤더, 바디는 각각 요청의 뜻을 바꾸고, 상태 코드를 보면 어느 부품이 잘못됐는지 바로 알 수 있습니다. 405는 메서드, 401은 토큰, 415는 Content-Type, 404는 이름을 댄 대상입니다. 500은 여러분 잘못이 아니라 서버의 버그입니다.',

  'rest-design.intro':
    'REST는 API의 URL을 설계하는 방식입니다. URL은 대상(명사, 즉 자원)을 가리키고, 무엇을 할지는 메서드가 말하며, 요청마다 필요한 정보를 모두 담고(무상태), 어디서나 같은 패턴을 씁니다(일관성). /getModelInfo, /makePrediction, /deleteOldModel을 GET /models, POST /models/{id}/predict, DELETE /models/{id}와 비교해 보세요.',
  'rest-design.verbs.title': '동사 URL은 여기 없다',
  'rest-design.verbs.explain':
    '동사 중심 API는 동작마다 새 URL을 만들어서, 클라이언트가 하나하나 외워야 합니다. 이 API는 REST를 따르기 때문에 /api/getModelInfo라는 경로가 아예 없습니다. 그래서 404입니다.',
  'rest-design.verbs.do':
    '콘솔의 REST 설계 수업에서 동사 방식 요청을 보내 보거나 개발자 도구 코드를 실행하고 404를 확인하세요.',
  'rest-design.nouns.title': '컬렉션과 그 안의 하나',
  'rest-design.nouns.explain':
    'GET /api/models는 컬렉션 전체를, GET /api/models/{name}은 그중 하나를 조회합니다. URL은 대상까지 가는 경로처럼 읽히고, GET은 보기만 하겠다는 뜻입니다.',
  'rest-design.nouns.do':
    '링크가 GET /api/models를 보냅니다. 이어서 콘솔에서 GET /api/models/{name}을 골라 목록에 있는 모델 이름으로 보내세요.',
  'rest-design.create-delete.title': '같은 명사로 만들고, 지우기',
  'rest-design.create-delete.explain':
    '만들기와 지우기는 같은 명사에 메서드만 다릅니다. POST /api/models는 모델을 만들고(201 Created), DELETE /api/models/{name}은 지웁니다(204 No Content). /createModel이나 /deleteOldModel은 필요 없습니다.',
  'rest-design.create-delete.do':
    '링크가 POST /api/models를 준비합니다. lesson-model 같은 새 이름을 넣어 보낸 뒤, DELETE /api/models/lesson-model을 보내세요.',
  'rest-design.learned':
    'URL에는 명사를, 동작에는 메서드를 쓰면 패턴 하나로 목록·조회·생성·삭제가 다 됩니다. 단순 저장이 아닌 동작은 POST /models/{id}/predict처럼 붙이면 됩니다. 패턴을 아는 클라이언트는 다음 엔드포인트를 짐작할 수 있습니다.',

  'pipeline-apis.intro':
    'MLOps 파이프라인은 데이터 수집 → 모델 학습 → 모델 검증 → 배포 → 서빙 → 모니터링으로 이어집니다. 단계마다 API가 있어서, 도구와 사람이 서로의 코드를 건드리지 않고 파이프라인을 움직일 수 있습니다. 이 플레이그라운드에는 Data, Training, Validation, Deploy, Predict, Monitor API가 모두 있습니다.',
  'pipeline-apis.data-training.title': 'Data API와 Training API',
  'pipeline-apis.data-training.explain':
    'Data API는 데이터셋 버전 목록을 보여 줍니다(GET /api/datasets). Training API는 재학습을 백그라운드에서 시작합니다. POST /api/runs는 202 Accepted와 함께 진행 상황을 확인할 주소를 돌려주는데, 스케줄러가 재학습을 트리거할 때와 같은 방식입니다.',
  'pipeline-apis.data-training.do':
    '링크를 열면 콘솔이 데이터셋을 읽고 예시 바디로 POST /api/runs를 보냅니다. 202가 오는지 보세요.',
  'pipeline-apis.validation-deploy.title': 'Validation API와 Deploy API',
  'pipeline-apis.validation-deploy.explain':
    'Validation API는 모델을 내보내기 전에 성능을 검증합니다(POST /api/evaluations). Deploy API는 모델 버전을 배포에 올리고 되돌립니다(PUT /api/deployments/{name}).',
  'pipeline-apis.validation-deploy.do':
    '링크를 누르면 콘솔이 예시 바디로 POST /api/evaluations를 보냅니다. 이어서 배포 페이지에서 배포를 하나 만드세요. 배포 페이지가 Deploy API를 대신 호출합니다.',
  'pipeline-apis.predict-monitor.title': 'Predict API와 Monitor API',
  'pipeline-apis.predict-monitor.explain':
    'Predict API는 사용자에게 예측을 제공합니다(POST /api/deployments/{name}/predict). Monitor API는 서비스 상태를 알려 줍니다. GET /api/metrics는 모니터링 도구가 수집하는 Prometheus 텍스트 형식으로 답합니다.',
  'pipeline-apis.predict-monitor.do':
    '콘솔의 POST /api/deployments/{name}/predict로 배포에 예측을 하나 보낸 다음, 링크를 열어 GET /api/metrics를 읽어 보세요.',
  'pipeline-apis.learned':
    '파이프라인의 각 단계는 한 가지 일을 하는 API이고, 단계끼리는 이 API로만 대화합니다. 그래서 재학습 작업, 대시보드, 웹 앱이 하나의 파이프라인을 함께 쓸 수 있습니다.',

  'serve-iris.intro':
    '튜토리얼에서는 FastAPI로 붓꽃 분류 모델을 서빙하는 서버를 만듭니다. Pydantic 모델로 치수 네 개를 선언하면, FastAPI가 코드가 실행되기 전에 모든 요청을 검사합니다. 이 API도 똑같이 동작합니다. 바디도, 응답도, 422 오류도 같습니다.',
  'serve-iris.predict.title': 'requests.post처럼 예측 요청하기',
  'serve-iris.predict.explain':
    '파이썬이라면 requests.post에 json={"features": [5.1, 3.5, 1.4, 0.2]}를 넘기겠죠. 같은 바디를 여기로 보내면 품종, 클래스별 확률, 그리고 어느 모델 버전이 답했는지가 돌아옵니다.',
  'serve-iris.predict.do':
    '링크를 누르면 콘솔에서 예시 예측 요청을 보냅니다. 개발자 도구 코드를 실행해도 됩니다.',
  'serve-iris.validation.title': '입력 검증: 빠진 필드',
  'serve-iris.validation.explain':
    '입력을 선언해 두었기 때문에 petal_width가 빠진 요청은 모델까지 가지도 못합니다. FastAPI는 422와 함께 오류 목록을 돌려주고, 각 오류는 위치(loc)와 종류(type)를 알려 줍니다. 이번에는 body.petal_width에서 missing입니다.',
  'serve-iris.validation.do':
    '예측 페이지에서 꽃잎 너비 칸을 비우고 예측을 누르거나, petal_width가 빠진 아래 바디를 보내 보세요.',
  'serve-iris.batch.title': '요청 하나에 꽃 여러 송이',
  'serve-iris.batch.explain':
    '한 줄마다 요청을 하나씩 보내면 느립니다. instances 바디는 여러 줄을 받아 예측 목록으로 답합니다. MLflow의 스코어링 서버와 같은 방식입니다.',
  'serve-iris.batch.do':
    'instances에 두 줄 이상을 담아 보내세요(아래 개발자 도구 코드가 그렇게 합니다). 예측 페이지에서 여러 줄 형식을 골라도 됩니다.',
  'serve-iris.learned':
    '입력을 한 번 선언하면 검증은 공짜로 따라옵니다. 잘못된 요청은 정확한 422를 받고, 모델은 깨끗한 숫자만 보게 됩니다. 같은 서버가 한 줄이든 여러 줄이든 답합니다.',

  'api-docs.intro':
    'FastAPI는 API 문서를 대신 써 줍니다. 선언한 입력과 출력으로 OpenAPI 문서를 만들고 /docs에서 Swagger UI로 보여 주며, 거기서 모든 엔드포인트를 바로 호출해 볼 수도 있습니다. 이 플레이그라운드도 자기 스키마로 같은 일을 합니다.',
  'api-docs.open.title': '/docs 열기',
  'api-docs.open.explain':
    '문서 페이지는 OpenAPI 문서(GET /api/openapi.json)를 받아 그려 줍니다. 사람이 손으로 쓴 부분은 하나도 없습니다. 요청을 검증하는 스키마가 곧 문서가 됩니다.',
  'api-docs.open.do': 'API 문서 페이지를 열고 POST /api/models/{name}/predict를 찾아보세요.',
  'api-docs.try-it.title': 'Try it out',
  'api-docs.try-it.explain':
    'Swagger UI도 클라이언트입니다. “Try it out”을 누르면 문서에 있는 예시 바디로 페이지에서 진짜 요청을 보냅니다.',
  'api-docs.try-it.do':
    '문서에서 POST /api/models/{name}/predict를 펼치고 “Try it out”을 누른 뒤, name에 iris를 넣고 Execute를 누르세요.',
  'api-docs.korean.title': '한국어로 된 문서',
  'api-docs.korean.explain':
    '문서가 자동으로 만들어지니 다른 언어로도 만들 수 있습니다. ?lang=ko를 붙이면 경로와 필드 이름은 그대로 두고 요약과 설명만 한국어로 나옵니다.',
  'api-docs.korean.do':
    '문서 페이지에서 화면 언어를 한국어로 바꾸세요(또는 개발자 도구 코드를 실행하세요).',
  'api-docs.learned':
    '자동으로 만든 문서는 코드에서 나오기 때문에 코드와 어긋날 일이 없습니다. 팀원도 학생도 /docs에서 메뉴판을 읽고 그 자리에서 바로 호출해 봅니다.',

  'experiments-runs.intro':
    'MLflow는 작업을 Experiment(프로젝트 하나에 하나, 폴더 같은 것)와 Run(학습 코드를 한 번 실행한 것)으로 정리합니다. Run마다 파라미터, 메트릭, 태그, 아티팩트가 기록되어서, 결과를 찾고 비교하고 재현할 수 있습니다.',
  'experiments-runs.experiment.title': 'Experiment 만들기',
  'experiments-runs.experiment.explain':
    '튜토리얼에서는 mlflow experiments create --experiment-name my-first-experiment를 실행합니다. 여기서는 실행 기록 페이지의 왼쪽 패널에서 만듭니다(POST /api/experiments도 됩니다).',
  'experiments-runs.experiment.do':
    '실행 기록 페이지에서 my-first-experiment라는 Experiment를 만드세요.',
  'experiments-runs.run.title': '그 안에서 Run 하나',
  'experiments-runs.run.explain':
    '학습 한 번이 Run 하나이고, Run은 정확히 한 Experiment에 속합니다. mlflow run --experiment-name처럼 학습 전에 Experiment를 고르세요.',
  'experiments-runs.run.do':
    '학습 페이지의 Experiment 목록에서 방금 만든 것을 고르고 학습을 누르세요.',
  'experiments-runs.log-by-hand.title': '직접 로깅하기',
  'experiments-runs.log-by-hand.explain':
    '튜토리얼의 코드는 mlflow.log_param("penalty", "elasticnet")과 log_metric을 호출합니다. 여기서는 같은 일을 HTTP로 합니다. 빈 Run을 만들고, log-batch로 파라미터와 메트릭을 기록한 뒤, FINISHED로 끝냅니다.',
  'experiments-runs.log-by-hand.do':
    '아래 개발자 도구 코드를 실행하고, 실행 기록 표에서 by-hand라는 Run을 찾아보세요.',
  'experiments-runs.learned':
    'Experiment는 Run을 묶고, Run은 한 번의 실행이 쓴 것과 만든 것을 남깁니다. 앱이 대신 기록하든 내 코드가 직접 기록하든 모양이 같으니 Run끼리 나란히 비교할 수 있습니다.',

  'autolog.intro':
    'mlflow.autolog()는 따로 시키지 않아도 프레임워크가 아는 학습 정보를 기록합니다. 파라미터, 에포크별 메트릭, 출처를 알려 주는 태그, 모델 파일, 혼동 행렬 같은 이미지까지요. 이곳의 학습 페이지도 똑같이 모두 자동으로 기록합니다.',
  'autolog.train.title': '아무것도 로깅하지 않고 학습하기',
  'autolog.train.explain':
    '튜토리얼은 autolog를 켜고 LogisticRegression(penalty="elasticnet", l1_ratio=0.1)을 학습합니다. 링크를 누르면 같은 설정의 소프트맥스 회귀로 학습 페이지가 열립니다.',
  'autolog.train.do': '학습을 누르고 Run이 끝날 때까지 기다리세요.',
  'autolog.artifacts.title': '저장된 아티팩트',
  'autolog.artifacts.explain':
    'autolog는 파일도 남깁니다. 모델 자체, 혼동 행렬, 학습 곡선이 Run의 아티팩트이고, GET /api/runs/{run_id}/artifacts로 목록을 볼 수 있습니다.',
  'autolog.artifacts.do':
    '링크를 누르면 콘솔이 가장 최근 Run의 아티팩트 목록을 보여 줍니다. Run 페이지를 열면 이미지도 볼 수 있습니다.',
  'autolog.history.title': '메트릭의 전체 기록',
  'autolog.history.explain':
    'Run 화면에는 메트릭의 마지막 값만 보이지만, autolog는 에포크마다 값을 남겼습니다. GET /api/runs/{run_id}/metrics/{key}는 MlflowClient().get_metric_history처럼 전부 돌려줍니다.',
  'autolog.history.do':
    '링크를 누르면 최근 Run의 val_accuracy 기록을 가져옵니다. step 값을 살펴보세요.',
  'autolog.learned':
    'autolog를 쓰면 기록을 깜빡할 일이 없습니다. 모든 Run에 파라미터, 단계별 메트릭, 태그, 아티팩트가 남습니다. 프레임워크가 지원하면 autolog를 쓰고, 프레임워크가 알 수 없는 것만 직접 기록하세요.',

  'projects-params.intro':
    'MLproject 파일은 누구나 다시 실행할 수 있도록 학습을 포장합니다. 실행 환경과 entry point를 적고, entry point마다 타입과 기본값이 있는 파라미터를 둡니다. mlflow run . -P l1_ratio=0.5처럼 하면 코드를 고치지 않고 파라미터만 바꿀 수 있습니다. 학습 페이지의 프로젝트 패널이 이곳의 MLproject입니다.',
  'projects-params.save.title': 'MLproject 작성하기',
  'projects-params.save.explain':
    '프로젝트는 설정 전체를 저장하고, Run에서 바꿀 수 있는 파라미터를 지정합니다. entry point의 parameters 블록과 같은 역할입니다.',
  'projects-params.save.do':
    '학습 페이지(링크가 설정을 채워 둡니다)에서 프로젝트를 열고, 이름을 tutorial2로 하고, l1_ratio를 파라미터로 체크한 뒤 저장하세요.',
  'projects-params.override.title': '-P로 실행하기',
  'projects-params.override.explain':
    '프로젝트를 실행하면 파라미터를 바꾸지 않는 한 기본값을 씁니다. Run에는 MLflow처럼 프로젝트 이름과 entry point가 태그로 붙습니다.',
  'projects-params.override.do':
    '프로젝트를 열고 l1_ratio를 0.5로 바꿔 실행하세요. mlflow run . -P l1_ratio=0.5와 같습니다.',
  'projects-params.sweep.title': '값 두 개, Run 두 개',
  'projects-params.sweep.explain':
    '파라미터를 바꿔 가며 실행하는 것이 곧 탐색입니다. 코드도 데이터도 같고 손잡이 하나만 돌렸으니, l1_ratio만 다른 두 Run은 공정하게 비교할 수 있습니다.',
  'projects-params.sweep.do': 'l1_ratio를 0.9처럼 다른 값으로 바꿔 프로젝트를 한 번 더 실행하세요.',
  'projects-params.learned':
    '프로젝트는 드러낸 파라미터 말고는 모든 것을 고정합니다. 그래서 모든 Run을 재현할 수 있고, Run 사이의 차이는 내가 돌린 손잡이에서만 생깁니다.',

  'search-runs.intro':
    'Run이 많아지면 필요한 것만 골라 달라고 해야 합니다. search_runs는 "params.l1_ratio = \'0.1\' and metrics.val_accuracy >= 0.8" 같은 필터 문자열과 ["metrics.val_accuracy DESC"] 같은 order_by를 받습니다. MLOps 엔지니어는 이렇게 가장 좋은 Run이나 배포 준비 태그가 붙은 Run을 찾습니다.',
  'search-runs.search.title': '같은 필터를 두 번',
  'search-runs.search.explain':
    '링크를 누르면 실행 기록 페이지의 검색창에 필터가 입력된 채로 열립니다. 같은 필터를 order_by, max_results와 함께 POST /api/runs/search로 보내면 search_runs가 보내는 요청과 똑같습니다.',
  'search-runs.search.do':
    '실행 기록 페이지에서 걸러진 표를 본 다음, 개발자 도구 코드로 API에게 같은 질문을 해 보세요.',
  'search-runs.bad-filter.title': '해석할 수 없는 필터',
  'search-runs.bad-filter.explain':
    '검색 언어에도 문법이 있습니다. 값은 따옴표로 감싸거나 숫자여야 하고, 키 앞에는 params., metrics., tags. 같은 종류가 붙어야 합니다. 문법에 어긋난 필터는 문제 위치를 알려 주는 422를 받습니다.',
  'search-runs.bad-filter.do':
    '콘솔에서 필터를 metrics.val_accuracy >= 까지만 쓰고(뒤는 비워 두고) 보내 보세요.',
  'search-runs.download.title': '가장 좋은 Run의 모델 내려받기',
  'search-runs.download.explain':
    '튜토리얼은 download_artifacts로 runs:/<run_id>/model을 내려받습니다. 여기서는 Run의 파일이 GET /api/runs/{run_id}/artifacts/{path}에 있습니다. 예를 들면 model/model.json입니다.',
  'search-runs.download.do':
    '콘솔에서 Run의 아티팩트 목록을 본 다음, 그중 파일 하나를 요청하세요: GET /api/runs/<run_id>/artifacts/model/model.json',
  'search-runs.learned':
    '필터 문자열과 order_by만 있으면 클릭 없이 코드로 수백 개 Run 중 필요한 하나를 찾을 수 있습니다. 그다음 아티팩트는 내려받기만 하면 됩니다.',

  'registry.intro':
    '모델 레지스트리는 남길 만한 모델을 보관합니다. 등록할 때마다 새 버전(1, 2, 3…, 다시 쓰지 않음)이 생기고, champion이나 challenger 같은 별칭이 버전 하나를 가리킵니다. 그래서 서빙 코드는 번호를 박아 넣지 않고 models:/iris@champion처럼 요청합니다.',
  'registry.version.title': '새 버전',
  'registry.version.explain':
    '학습 페이지에서 학습할 때마다 모델이 iris의 다음 버전으로 등록됩니다. 버전은 자기를 만든 Run을 기억합니다.',
  'registry.version.do': '한 번 더 학습하세요(에포크는 조금이면 충분합니다).',
  'registry.alias.title': 'challenger가 새 버전을 가리키게',
  'registry.alias.explain':
    '별칭은 옮겨 붙일 수 있는 이름입니다. champion이 계속 서빙하는 동안 challenger를 새 버전에 붙여 시험해 봅니다.',
  'registry.alias.do': '모델 페이지에서 가장 새 버전에 challenger 별칭을 붙이세요.',
  'registry.predict-alias.title': '별칭으로 모델 부르기',
  'registry.predict-alias.explain':
    '클라이언트는 번호 대신 별칭을 씁니다: ?alias=challenger. 나중에 별칭을 옮기면 클라이언트는 그대로인데 답하는 모델이 바뀝니다.',
  'registry.predict-alias.do':
    '?alias=challenger를 붙여 예측 요청을 보내세요(콘솔의 쿼리에 넣거나 개발자 도구 코드를 실행).',
  'registry.learned':
    '버전은 역사를, 별칭은 결정을 기록합니다. 모델을 승격하는 것은 별칭을 옮기는 것이고, 롤백은 다시 되돌려 놓는 것입니다.',

  'offline-evaluation.intro':
    '오프라인 평가는 사용자를 만나기 전에, 이미 가진 데이터로 모델을 재 보는 것입니다. 단순하고 언제든 다시 할 수 있습니다. 빠른 것부터 꼼꼼한 순서로 세 가지가 있습니다: 홀드아웃, k-폴드 교차 검증, 부트스트랩.',
  'offline-evaluation.holdout.title': '홀드아웃',
  'offline-evaluation.holdout.explain':
    '데이터 일부를 테스트 세트로 떼어 두고, 나머지로 학습한 뒤 떼어 둔 부분으로 점수를 냅니다. 빨리 숫자 하나를 얻지만, 어떤 행이 테스트 세트에 들어갔느냐에 따라 값이 달라집니다.',
  'offline-evaluation.holdout.do': '평가 페이지에서 홀드아웃을 고르고 시작하세요.',
  'offline-evaluation.kfold.title': 'k-폴드 교차 검증',
  'offline-evaluation.kfold.explain':
    '데이터를 k개로 나누고, 각 부분이 한 번씩 테스트 세트가 되는 동안 나머지로 학습합니다. 점수 k개로 평균과 흩어짐을 얻으니, 한 번 나눈 것보다 공정한 그림이 나옵니다.',
  'offline-evaluation.kfold.do':
    'k-폴드를 고르고 k = 5로 시작하세요. 폴드마다 자식 Run이 하나씩 생깁니다.',
  'offline-evaluation.bootstrap.title': '부트스트랩',
  'offline-evaluation.bootstrap.explain':
    '데이터에서 중복을 허용해 표본을 여러 번 뽑고, 각각 점수를 냅니다. 점수가 흩어진 정도로 신뢰구간, 즉 정확도를 얼마나 믿을 수 있는지 알 수 있습니다.',
  'offline-evaluation.bootstrap.do': '부트스트랩을 고르고 시작하세요.',
  'offline-evaluation.learned':
    '홀드아웃은 빠르고, k-폴드는 모든 행을 한 번씩 테스트에 쓰고, 부트스트랩은 점수가 얼마나 흔들릴 수 있는지 알려 줍니다. 평가도 Run으로 남으니 다른 Run처럼 검색하고 비교할 수 있습니다.',

  'ab-test.intro':
    '온라인 평가는 배포한 뒤 실제 트래픽으로 모델을 재는 것입니다. A/B 테스트는 트래픽을 지금 모델(A)과 새 모델(B)에 나눕니다. 반반으로 나누기도 하고, 조심스럽게 90/10으로 시작하기도 합니다. user_id를 해싱하면 사용자마다 늘 같은 모델을 만나서, 한 사람이 두 모델을 번갈아 보는 일이 없습니다.',
  'ab-test.deploy.title': 'A와 B 배포하기',
  'ab-test.deploy.explain':
    'A/B 배포는 엔드포인트 하나 뒤에 모델 버전 두 개를 비율과 함께 둡니다. 사용자는 user_id의 해시로 배정되므로, 사용자 전체로 보면 무작위지만 한 사람에게는 고정됩니다.',
  'ab-test.deploy.do':
    '배포 페이지(링크가 A/B, 50/50을 골라 둡니다)에서 서로 다른 버전 두 개를 고르고 배포를 만드세요. 버전이 하나뿐이면 먼저 하나 더 학습하세요.',
  'ab-test.sticky.title': '고정되는 사용자',
  'ab-test.sticky.explain':
    '같은 사용자로 요청을 여러 번 보내면 매번 같은 변형이 답합니다. “alice”의 해시는 바뀌지 않으니까요. FastAPI에서도 user_id를 해싱해 같은 방식으로 모델을 고르면 됩니다.',
  'ab-test.sticky.do':
    '개발자 도구 코드를 실행하세요. alice로 요청을 세 번 보냅니다. 배포 이름이 web이 아니면 바꿔 주세요.',
  'ab-test.traffic.title': '트래픽 흘려보내기',
  'ab-test.traffic.explain':
    '이제 가상의 사용자들이 요청을 보내고, 일부는 피드백(실제 품종)도 보냅니다. 그래야 변형마다 정확도를 잴 수 있습니다.',
  'ab-test.traffic.do':
    '배포 페이지의 시뮬레이터에서 배포를 고르고, 모드는 실시간, 요청은 300개쯤으로 시작하세요.',
  'ab-test.read.title': '비교 결과 읽기',
  'ab-test.read.explain':
    'Monitor API가 변형들을 비교해 줍니다. 요청 수, 구간이 붙은 정확도, 차이와 p-값이 나옵니다. 사용자가 몇백 명뿐이면 구간이 너무 넓어서 승자를 가리기 어려운 게 보통입니다.',
  'ab-test.read.do': '링크를 열어 내 배포의 GET /api/deployments/{name}/metrics를 읽어 보세요.',
  'ab-test.learned':
    'A/B 테스트는 같은 시기, 같은 종류의 사용자에게 모델을 비교합니다. user_id 해싱이 공정하고 일관되게 나눠 주고, 비교가 의미를 가지려면 라벨이 붙은 요청이 충분히 쌓여야 합니다.',

  'canary.intro':
    '카나리 배포는 새 모델에 트래픽을 조금만 먼저 보냅니다. 광부들이 유독가스를 먼저 알아채려고 카나리아를 데리고 갱도에 들어간 데서 온 이름입니다. 문제가 없으면 단계적으로 비율을 늘리고, 가드레일에 걸리면 대부분의 사용자가 눈치채기 전에 되돌립니다.',
  'canary.deploy.title': '작게 시작하기',
  'canary.deploy.explain':
    '카나리 배포에는 단계(10%, 25%, 50%, 100%)와 최소 정확도 같은 가드레일이 있습니다. 첫 단계부터 시작합니다.',
  'canary.deploy.do':
    '배포 페이지(링크가 카나리를 골라 둡니다)에서 단계는 그대로 두고, 가장 새 버전을 카나리로 골라 만드세요.',
  'canary.advance.title': '괜찮으면 늘리기',
  'canary.advance.explain':
    '한 단계에서 라벨이 붙은 요청이 충분히 모이면 규칙이 가드레일을 확인합니다. 통과하면 카나리가 다음 단계로 넘어갑니다.',
  'canary.advance.do': '카나리 배포에 실시간 시뮬레이션을 1,000개쯤 돌리고 결정 기록을 지켜보세요.',
  'canary.decide.title': '승격 또는 롤백',
  'canary.decide.explain':
    '마지막 단계에서 카나리는 승격되거나(champion이 됨), 가드레일에 걸렸다면 0%로 롤백됩니다. 배포 카드에서 직접 결정할 수도 있습니다.',
  'canary.decide.do': '규칙이 결정할 때까지 트래픽을 계속 보내거나, 직접 승격이나 롤백을 누르세요.',
  'canary.learned':
    '카나리는 나쁜 모델의 피해를 일부 사용자로 줄이고, 가드레일 덕분에 감이 아니라 데이터로 결정하게 해 줍니다.',

  'shadow.intro':
    '섀도 테스트에서는 모든 요청에 지금 모델이 평소처럼 답하고, 새 모델에는 복사본이 뒤에서 전달됩니다. 새 모델의 답은 기록만 하고 사용자에게 보내지 않으니, 섀도가 엉망이어도 아무도 피해를 보지 않습니다.',
  'shadow.deploy.title': '섀도 배포하기',
  'shadow.deploy.explain':
    '섀도 배포에는 답하는 primary와 듣기만 하는 shadow가 있습니다. 샘플 비율은 요청 중 얼마를 복사할지 정합니다.',
  'shadow.deploy.do':
    '배포 페이지(링크가 섀도를 골라 둡니다)에서 가장 새 버전을 섀도로 골라 만드세요.',
  'shadow.mirror.title': '트래픽 복사하기',
  'shadow.mirror.explain':
    '이제 요청마다 두 번 처리됩니다. 한 번은 사용자를 위해, 한 번은 섀도에서요. 사용자가 받는 답은 언제나 primary의 것입니다.',
  'shadow.mirror.do': '이 배포에 실시간 시뮬레이션을 몇백 개 돌리세요.',
  'shadow.promote.title': '일치율을 보고 승격하기',
  'shadow.promote.explain':
    '시뮬레이션이 끝나면 시뮬레이터가 Monitor API에서 섀도의 숫자를 읽어 옵니다. primary와 얼마나 자주 같은 답을 냈는지, 라벨이 붙은 복사본에서 정확도가 얼마인지요. 위험 없이 모은 증거이고, 결과가 좋으면 섀도가 서빙을 넘겨받을 수 있습니다.',
  'shadow.promote.do':
    '시뮬레이션 결과에서 일치율을 확인한 뒤, 섀도 배포 카드에서 승격을 누르세요. 섀도의 버전이 champion이 됩니다.',
  'shadow.learned':
    '섀도 테스트는 실제 입력으로 모델을 보는 가장 안전한 방법입니다. 대가는 요청마다 모델 두 개를 돌리는 것이고, 트래픽을 복사할 인프라가 필요합니다.',

  'bandit.intro':
    'A/B 테스트는 한쪽이 확실히 나빠도 끝날 때까지 비율을 유지합니다. 멀티 암드 밴딧은 진행하면서 배웁니다. 피드백이 올 때마다 더 자주 맞히는 쪽으로 트래픽을 옮겨서, 약한 모델을 만나는 사용자를 줄입니다.',
  'bandit.deploy.title': '밴딧 배포하기',
  'bandit.deploy.explain':
    '톰슨 샘플링은 지금까지 본 결과로 팔마다 그럴듯한 정확도를 뽑고, 가장 좋게 나온 팔로 요청을 보냅니다. 처음에는 탐색하고, 나중에는 주로 활용합니다.',
  'bandit.deploy.do':
    '배포 페이지(링크가 밴딧을 골라 둡니다)에서 버전 두 개를 올리세요. 하나는 에포크를 적게 학습한 약한 모델이면 더 좋습니다.',
  'bandit.feedback.title': '피드백 주기',
  'bandit.feedback.explain':
    '라벨이 없으면 밴딧은 배울 수 없습니다. POST /api/feedback 하나하나가 답이 맞았는지 알려 줍니다.',
  'bandit.feedback.do': '밴딧 배포에 피드백이 있는 실시간 시뮬레이션을 몇백 개 돌리세요.',
  'bandit.read.title': '트래픽은 어디로 갔을까?',
  'bandit.read.explain':
    '팔마다 받은 비율과 정확도를 비교해 보세요. 증거가 쌓일수록 더 나은 팔이 요청을 더 많이 받았어야 합니다.',
  'bandit.read.do': '밴딧 배포의 GET /api/deployments/{name}/metrics를 읽어 보세요.',
  'bandit.learned':
    '밴딧은 깔끔한 통계적 결론 대신 손해를 줄이는 쪽을 택합니다. 지는 쪽에 트래픽을 일찍 그만 씁니다. 확실히 알아야 할 때는 A/B 테스트를, 성과를 내야 할 때는 밴딧을 쓰세요.',

  'peeking.intro':
    'A/B 테스트는 통계적으로 유의미해지기까지 오래 걸립니다. 작은 차이를 보려면 라벨이 붙은 요청이 수천 개 필요하니까요. 그래서 매일 p-값을 들여다보다가 0.05 아래로 내려가는 순간 멈추고 싶어집니다. 하지만 실제 차이가 전혀 없어도, 그렇게 하면 5%보다 훨씬 자주 차이를 “발견”하게 됩니다.',
  'peeking.aa.title': 'A/A 테스트',
  'peeking.aa.explain':
    'A와 B에 같은 버전을 올립니다. 여기서 나오는 “승자”는 모두 우연이니, 중간에 훔쳐보기가 무슨 일을 하는지 정직하게 볼 수 있습니다.',
  'peeking.aa.do':
    '배포 페이지(링크가 A/B와 aa-test라는 이름을 골라 둡니다)에서 두 변형에 같은 버전을 고르고 만드세요.',
  'peeking.peek.title': '도는 중에 훔쳐보기',
  'peeking.peek.explain':
    '조급한 팀처럼 트래픽이 흐르는 동안 지표를 여러 번 읽어 보세요. 보통 p-값은 오르내리다 가끔 0.05 아래로 내려가지만, 여러 번 봐도 되도록 만든 순차 p-값은 차분합니다.',
  'peeking.peek.do':
    'aa-test에 실시간 시뮬레이션을 1,000개쯤 시작하고, 도는 동안 지표를 세 번 이상 읽으세요(개발자 도구 코드).',
  'peeking.learned':
    '표본 크기는 테스트 전에 정하고(배포 페이지의 플래너가 계산해 줍니다) 끝에서 한 번만 보거나, 볼 때마다 유효한 순차 검정을 쓰세요. 정직한 A/B 테스트가 오래 걸리는 이유이고, 밴딧이 있는 이유입니다.',
};

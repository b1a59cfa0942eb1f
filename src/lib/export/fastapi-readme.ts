// The README of an exported FastAPI project, in English and Korean: install, run, open the
// docs, call it with requests and curl, point the playground at it, test it.

export interface ReadmeFacts {
  name: string;
  version: number;
  /** One iris row for the examples. */
  features: readonly number[];
  exportedAt: string;
}

export function fastApiReadme({ name, version, features, exportedAt }: ReadmeFacts): string {
  const url = `http://127.0.0.1:8000/api/models/${name}/predict`;
  const body = JSON.stringify({ features });
  const row = `[${features.join(', ')}]`;
  const fence = '```';
  const requestsCode = `${fence}python
import requests

answer = requests.post("${url}", json={"features": ${row}})
print(answer.status_code, answer.headers["X-Model-Version"])
print(answer.json())
${fence}`;
  const curlCode = `${fence}sh
curl -X POST ${url} \\
  -H "Content-Type: application/json" \\
  -d '${body}'
${fence}`;
  const badCurl = `${fence}sh
curl -X POST ${url} -H "Content-Type: application/json" -d '{"features": [5.1, 3.5]}'
${fence}`;
  const install = `${fence}sh
python -m venv .venv
source .venv/bin/activate        # Windows: .venv\\Scripts\\activate
pip install -r requirements.txt
uvicorn main:app --reload
${fence}`;
  const debian = `${fence}sh
sudo apt install python3-fastapi python3-uvicorn python3-numpy python3-pytest python3-httpx
python3 -m uvicorn main:app --reload
${fence}`;
  return `# ${name} v${version}: an iris classifier served by FastAPI

Exported from the Iris MLOps Playground (${exportedAt}): version ${version} of the registered
model \`${name}\`, served with the same endpoint, request bodies and answers as the
playground's API. NumPy runs the network; TensorFlow is not needed.

[한국어 안내는 아래에 있습니다.](#한국어)

## Run it

You need Python 3.9 or newer.

${install}

On Debian or Ubuntu you may use the system packages instead of pip:

${debian}

Open http://127.0.0.1:8000/docs: FastAPI writes these docs from the Pydantic models in
\`main.py\`, and "Try it out" sends real requests.

## Call it

With \`requests\`:

${requestsCode}

With curl (macOS, Linux, Git Bash):

${curlCode}

A body that is not valid gets FastAPI's 422, whose \`loc\` says where the problem is:

${badCurl}

\`?version=${version}\` works; any other version, alias or model name gets 404, because this
server holds one version only.

## From the playground

In the playground's Settings, set **API base URL** to \`http://127.0.0.1:8000\`. The API
console and the Predict page then send their requests to this server, and you read the same
exchange as before.

## Test it

${fence}sh
python -m pytest
${fence}

\`test_main.py\` sends the 150 iris rows in each body form and compares the answers with
those the playground gave when it exported this version (\`expected.json\`).

## Files

- \`main.py\`: the FastAPI app: Pydantic models of the four bodies, the endpoints, CORS.
- \`compat.py\`: what differs between Pydantic 1 and 2 (and old and new Starlette).
- \`model.py\`: the forward pass in NumPy.
- \`weights.json\`: the standardization, the layers and their weights, the names.
- \`export.json\`: which playground exported it, and when.
- \`expected.json\`, \`test_main.py\`: the tests.

## 한국어

Iris MLOps Playground에서 내보낸 프로젝트입니다(${exportedAt}). 등록된 모델 \`${name}\`의
버전 ${version}을 FastAPI로 서비스하며, 엔드포인트와 요청 본문, 응답이 플레이그라운드의 API와
같습니다. 신경망 계산은 NumPy가 하므로 TensorFlow는 필요 없습니다.

### 실행하기

Python 3.9 이상이 필요합니다.

${install}

Debian이나 Ubuntu라면 pip 대신 시스템 패키지를 써도 됩니다.

${debian}

브라우저로 http://127.0.0.1:8000/docs 를 열어 보세요. FastAPI가 \`main.py\`의 Pydantic
모델을 읽어 이 문서를 만들고, "Try it out"을 누르면 실제 요청이 갑니다.

### 호출하기

\`requests\`로 보내기:

${requestsCode}

curl로 보내기(macOS, Linux, Git Bash):

${curlCode}

본문이 잘못되면 FastAPI의 422가 돌아오고, \`loc\`이 문제가 있는 위치를 알려 줍니다.

${badCurl}

\`?version=${version}\`은 받지만, 다른 버전이나 별칭, 다른 모델 이름은 404입니다. 이 서버에는
버전이 하나뿐이기 때문입니다.

### 플레이그라운드에서 연결하기

플레이그라운드의 설정에서 **API 기본 URL**을 \`http://127.0.0.1:8000\`으로 바꾸세요. 그러면 API
콘솔과 예측 페이지가 이 서버로 요청을 보내고, 전과 똑같은 요청과 응답을 읽을 수 있습니다.

### 테스트하기

${fence}sh
python -m pytest
${fence}

\`test_main.py\`는 붓꽃 150개 행을 본문 형식마다 보내고, 이 버전을 내보낼 때 플레이그라운드가
준 답(\`expected.json\`)과 비교합니다.

### 파일

- \`main.py\`: FastAPI 앱. 네 가지 본문의 Pydantic 모델, 엔드포인트, CORS.
- \`compat.py\`: Pydantic 1과 2(그리고 예전과 요즘 Starlette)의 차이를 모아 둔 곳.
- \`model.py\`: NumPy로 쓴 순전파.
- \`weights.json\`: 표준화 값, 층과 가중치, 이름들.
- \`export.json\`: 어느 플레이그라운드가 언제 내보냈는지.
- \`expected.json\`, \`test_main.py\`: 테스트.
`;
}

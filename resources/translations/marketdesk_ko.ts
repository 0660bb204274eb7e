<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>요청이 너무 많습니다. %n초 후에 다시 시도해 주세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests. Try again shortly.</source>
        <translation>요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>현재 역할로는 이 작업을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>The server could not complete the request%1.</source>
        <translation>서버가 요청을 처리하지 못했습니다%1.</translation>
    </message>
    <message>
        <source>The server sent an answer the console does not understand: %1</source>
        <translation>서버가 콘솔이 해석할 수 없는 응답을 보냈습니다: %1</translation>
    </message>
    <message>
        <source>The request failed (%1).</source>
        <translation>요청이 실패했습니다(%1).</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>서버에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>The change may or may not have been applied — reload before retrying.</source>
        <translation>변경이 적용되었을 수도, 적용되지 않았을 수도 있습니다. 다시 시도하기 전에 다시 불러오세요.</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <source>The file is larger than the 20 MiB the server accepts. Split it into smaller files.</source>
        <translation>파일이 서버가 받을 수 있는 20MiB보다 큽니다. 여러 파일로 나누어 주세요.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.</source>
        <translation>UTF-8 텍스트 파일이 아닙니다. “CSV UTF-8” 형식으로 저장한 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The file has a header but no products.</source>
        <translation>머리글만 있고 상품 행이 없습니다.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>파일을 열 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>DashboardDefinition</name>
    <message>
        <source>panel %1</source>
        <translation>패널 %1</translation>
    </message>
    <message>
        <source>panel %1 (&quot;%2&quot;)</source>
        <translation>패널 %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be 1–64 characters of a–z, 0–9, _ and -</source>
        <translation>&quot;id&quot;는 a–z, 0–9, _, - 로 된 1–64자여야 합니다</translation>
    </message>
    <message>
        <source>&quot;title&quot; needs an English text (&quot;en&quot;)</source>
        <translation>&quot;title&quot;에 영어 텍스트(&quot;en&quot;)가 필요합니다</translation>
    </message>
    <message>
        <source>unknown &quot;unit&quot; &quot;%1&quot;; use one of %2</source>
        <translation>알 수 없는 &quot;unit&quot; &quot;%1&quot;; 다음 중 하나를 쓰세요: %2</translation>
    </message>
    <message>
        <source>&quot;queries&quot; must list at least one query</source>
        <translation>&quot;queries&quot;에 쿼리가 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>query %1 has no &quot;expr&quot;</source>
        <translation>쿼리 %1에 &quot;expr&quot;가 없습니다</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>%1번째 바이트에서 JSON이 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <source>the dashboard must be a JSON object</source>
        <translation>대시보드는 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>&quot;scrape_interval&quot; &quot;%1&quot; is not a duration like &quot;15s&quot; or &quot;1m&quot;</source>
        <translation>&quot;scrape_interval&quot; &quot;%1&quot;은(는) &quot;15s&quot;나 &quot;1m&quot; 같은 기간이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;panels&quot; must list at least one panel</source>
        <translation>&quot;panels&quot;에 패널이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>panel %1 is not a JSON object</source>
        <translation>패널 %1이(가) JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>panel %1: the id &quot;%2&quot; is used twice</source>
        <translation>패널 %1: id &quot;%2&quot;이(가) 두 번 쓰였습니다</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>MetricUnit</name>
    <message>
        <source>s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 코어</translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation>연결 %1개</translation>
    </message>
    <message>
        <source>%1 orders/min</source>
        <translation>분당 주문 %1건</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>코어</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>orders/min</source>
        <translation>분당 주문</translation>
    </message>
</context>
<context>
    <name>MovementReason</name>
    <message>
        <source>Reserved for an order</source>
        <translation>주문으로 예약</translation>
    </message>
    <message>
        <source>Shipped with an order</source>
        <translation>주문 출고</translation>
    </message>
    <message>
        <source>Order cancelled, reservation released</source>
        <translation>주문 취소로 예약 해제</translation>
    </message>
    <message>
        <source>Order refunded</source>
        <translation>주문 환불</translation>
    </message>
    <message>
        <source>Returned to stock with a refund</source>
        <translation>환불로 재입고</translation>
    </message>
    <message>
        <source>Stock count correction</source>
        <translation>재고 실사 보정</translation>
    </message>
    <message>
        <source>Initial stock</source>
        <translation>초기 재고</translation>
    </message>
    <message>
        <source>Manual adjustment</source>
        <translation>수동 조정</translation>
    </message>
</context>
<context>
    <name>OpsErrorText</name>
    <message>
        <source> (server: %1)</source>
        <translation> (서버: %1)</translation>
    </message>
    <message>
        <source>Prometheus is not configured on the server: set MARKETDESK_PROMETHEUS_URL and restart it.%1</source>
        <translation>서버에 Prometheus가 설정되어 있지 않습니다: MARKETDESK_PROMETHEUS_URL을 설정하고 서버를 다시 시작하세요.%1</translation>
    </message>
    <message>
        <source>The server cannot reach Prometheus. Check that Prometheus is running and that MARKETDESK_PROMETHEUS_URL points at it.%1</source>
        <translation>서버가 Prometheus에 연결할 수 없습니다. Prometheus가 실행 중인지, MARKETDESK_PROMETHEUS_URL이 그 주소를 가리키는지 확인하세요.%1</translation>
    </message>
    <message>
        <source>Prometheus refused this panel&apos;s query: %1. Fix the query in the dashboard file.</source>
        <translation>Prometheus가 이 패널의 쿼리를 거부했습니다: %1. 대시보드 파일의 쿼리를 고치세요.</translation>
    </message>
    <message>
        <source>This range needs too many points; choose a shorter range.%1</source>
        <translation>이 범위는 점이 너무 많습니다. 더 짧은 범위를 고르세요.%1</translation>
    </message>
    <message>
        <source>Your role may not view metrics; operators and administrators can.</source>
        <translation>이 역할로는 지표를 볼 수 없습니다. 운영자와 관리자만 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The server is not set up for this yet%1. An administrator configures it on the server (MARKETDESK_KUBE_MODE or MARKETDESK_PROMETHEUS_URL).</source>
        <translation>서버에 아직 이 기능이 설정되어 있지 않습니다%1. 관리자가 서버에서 설정합니다(MARKETDESK_KUBE_MODE 또는 MARKETDESK_PROMETHEUS_URL).</translation>
    </message>
    <message>
        <source>The Kubernetes API server does not answer%1. Check that the cluster is up and reachable from the server, then reload.</source>
        <translation>Kubernetes API 서버가 응답하지 않습니다%1. 클러스터가 실행 중이고 서버에서 접근할 수 있는지 확인한 뒤 다시 불러오세요.</translation>
    </message>
    <message>
        <source>Prometheus does not answer%1. Check that it is running and reachable from the server, then reload.</source>
        <translation>Prometheus가 응답하지 않습니다%1. 실행 중이고 서버에서 접근할 수 있는지 확인한 뒤 다시 불러오세요.</translation>
    </message>
    <message>
        <source>Kubernetes refused the request: %1</source>
        <translation>Kubernetes가 요청을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>The Deployment kept changing while this was applied: %1</source>
        <translation>적용하는 동안 디플로이먼트가 계속 변경되었습니다: %1</translation>
    </message>
</context>
<context>
    <name>OrderDetailText</name>
    <message>
        <source>Placed %1 · customer details hidden</source>
        <translation>%1 · 고객 정보 숨김</translation>
    </message>
    <message>
        <source>Placed %1 by %2</source>
        <translation>%1 · 주문자 %2</translation>
    </message>
    <message>
        <source>Customers&apos; personal data is not shown to your role.</source>
        <translation>현재 역할에는 고객의 개인정보가 표시되지 않습니다.</translation>
    </message>
    <message>
        <source> (%1 restocked)</source>
        <translation> (%1개 재입고)</translation>
    </message>
    <message>
        <source>Subtotal %1 · &lt;b&gt;Total %2&lt;/b&gt;</source>
        <translation>상품 금액 %1 · &lt;b&gt;합계 %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Refunded %1 · refundable %2</source>
        <translation>&lt;br&gt;환불 %1 · 환불 가능 %2</translation>
    </message>
    <message>
        <source>Hidden: your role does not see customers&apos; names, phone numbers or addresses.</source>
        <translation>숨김: 현재 역할로는 고객의 이름, 전화번호, 주소를 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>No address given.</source>
        <translation>배송지 정보가 없습니다.</translation>
    </message>
    <message>
        <source>Shipped with %1, tracking number %2</source>
        <translation>%1 · 운송장 번호 %2</translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation>기록된 이력이 없습니다.</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 → %2%3</source>
        <translation>%1 → %2%3</translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Refund %1%2%3</source>
        <translation>환불 %1%2%3</translation>
    </message>
    <message>
        <source>Note added%1</source>
        <translation>메모 추가%1</translation>
    </message>
    <message>
        <source>Order placed%1</source>
        <translation>주문 접수%1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>사유 없음</translation>
    </message>
    <message>
        <source> · by %1</source>
        <translation> · 처리자 %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>아직 메모가 없습니다.</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Placed</source>
        <translation>주문접수</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>결제완료</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>배송중</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>배송완료</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>환불완료</translation>
    </message>
</context>
<context>
    <name>PageCatalog</name>
    <message>
        <source>Products</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>재고</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>디플로이먼트</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>People</source>
        <translation>사용자 관리</translation>
    </message>
</context>
<context>
    <name>ProductField</name>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>상품명</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>판매가</translation>
    </message>
    <message>
        <source>Compare-at price</source>
        <translation>정가</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
</context>
<context>
    <name>ProductStatus</name>
    <message>
        <source>Draft</source>
        <translation>임시저장</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>판매중</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>보관됨</translation>
    </message>
</context>
<context>
    <name>PrometheusMatrix</name>
    <message>
        <source>Prometheus answered with an error: %1</source>
        <translation>Prometheus가 오류로 응답했습니다: %1</translation>
    </message>
    <message>
        <source>The answer has no &quot;status&quot;: &quot;success&quot;.</source>
        <translation>응답에 &quot;status&quot;: &quot;success&quot;가 없습니다.</translation>
    </message>
    <message>
        <source>Expected a matrix result, got &quot;%1&quot;.</source>
        <translation>matrix 결과를 기대했지만 &quot;%1&quot;을(를) 받았습니다.</translation>
    </message>
    <message>
        <source>The matrix has no &quot;result&quot; array.</source>
        <translation>matrix에 &quot;result&quot; 배열이 없습니다.</translation>
    </message>
    <message>
        <source>Series %1 has no &quot;values&quot; array.</source>
        <translation>시계열 %1에 &quot;values&quot; 배열이 없습니다.</translation>
    </message>
    <message>
        <source>Series %1 has a sample that is not [seconds, &quot;value&quot;].</source>
        <translation>시계열 %1에 [초, &quot;값&quot;] 형식이 아닌 샘플이 있습니다.</translation>
    </message>
    <message>
        <source>Series %1 has a value that is not a number: &quot;%2&quot;.</source>
        <translation>시계열 %1에 숫자가 아닌 값이 있습니다: &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>QueryStep</name>
    <message>
        <source>%1 d</source>
        <translation>%1일</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>판매자</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>고객지원</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>운영자</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
</context>
<context>
    <name>RolloutState</name>
    <message>
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Rolling out</source>
        <translation>롤아웃 중</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지</translation>
    </message>
</context>
<context>
    <name>TableStatus</name>
    <message>
        <source> · loading more…</source>
        <translation> · 더 불러오는 중…</translation>
    </message>
    <message>
        <source> · scroll down for more</source>
        <translation> · 아래로 스크롤하면 더 보입니다</translation>
    </message>
</context>
<context>
    <name>UserRules</name>
    <message>
        <source>Enter the person&apos;s e-mail address.</source>
        <translation>이메일 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>An e-mail address has %1–%2 characters.</source>
        <translation>이메일 주소는 %1~%2자여야 합니다.</translation>
    </message>
    <message>
        <source>An e-mail address has no spaces.</source>
        <translation>이메일 주소에는 공백을 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>name@example.com 형식의 이메일 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>비밀번호는 %1자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>This password is too long (at most %1 bytes).</source>
        <translation>비밀번호가 너무 깁니다(최대 %1바이트).</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>이름은 %1자 이하여야 합니다.</translation>
    </message>
    <message>
        <source>A name cannot contain control characters.</source>
        <translation>이름에는 제어 문자를 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>역할을 선택해 주세요.</translation>
    </message>
    <message>
        <source>Choose the seller this person works for.</source>
        <translation>이 사용자가 소속될 판매자를 선택해 주세요.</translation>
    </message>
    <message>
        <source>Only seller users belong to a seller.</source>
        <translation>판매자 역할의 사용자만 판매자에 소속될 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter the seller&apos;s name.</source>
        <translation>판매자 이름을 입력해 주세요.</translation>
    </message>
</context>
<context>
    <name>UserStatus</name>
    <message>
        <source>Disabled</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>사용 중</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Marketdesk console for sellers and support staff.</source>
        <translation>판매자와 고객지원 담당자를 위한 마켓데스크 콘솔입니다.</translation>
    </message>
    <message>
        <source>Address of marketdesk-server, e.g. http://127.0.0.1:8080.</source>
        <translation>marketdesk-server 주소 (예: http://127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>E-mail address to sign in with.</source>
        <translation>로그인할 이메일 주소.</translation>
    </message>
</context>
<context>
    <name>md::app::MainWindow</name>
    <message>
        <source>Marketdesk — %1</source>
        <translation>마켓데스크 — %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>&lt;b&gt;Marketdesk&lt;/b&gt;</source>
        <translation>&lt;b&gt;마켓데스크&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>콘솔(&amp;C)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Marketdesk</source>
        <translation>마켓데스크 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Marketdesk</source>
        <translation>마켓데스크 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;Marketdesk console&lt;/b&gt; %1&lt;br&gt;Server: %2</source>
        <translation>&lt;b&gt;마켓데스크 콘솔&lt;/b&gt; %1&lt;br&gt;서버: %2</translation>
    </message>
    <message>
        <source>The language changes the next time the console starts.</source>
        <translation>언어는 콘솔을 다시 시작하면 바뀝니다.</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● 실시간</translation>
    </message>
    <message>
        <source>○ Not live</source>
        <translation>○ 실시간 꺼짐</translation>
    </message>
    <message>
        <source>Changes made elsewhere appear here as they happen.</source>
        <translation>다른 곳에서 바뀐 내용이 바로 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>Live updates are not connected; use the reload buttons.</source>
        <translation>실시간 업데이트가 연결되지 않았습니다. 새로고침 버튼을 사용해 주세요.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Discard unsaved changes?</source>
        <translation>저장하지 않은 변경 사항을 버릴까요?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>계속 편집</translation>
    </message>
    <message>
        <source>Some changes have not been saved. Sign out and lose them?</source>
        <translation>저장하지 않은 변경 사항이 있습니다. 로그아웃하면 사라집니다. 로그아웃할까요?</translation>
    </message>
    <message>
        <source>Some changes have not been saved. Close the console and lose them?</source>
        <translation>저장하지 않은 변경 사항이 있습니다. 콘솔을 닫으면 사라집니다. 닫을까요?</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>알림 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) firing</source>
        <translation>
            <numerusform>발생 중인 알림 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::app::Session</name>
    <message>
        <source>The server at %1 cannot be reached.</source>
        <translation>%1 서버에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Your previous session has ended. Sign in again.</source>
        <translation>이전 세션이 만료되었습니다. 다시 로그인해 주세요.</translation>
    </message>
    <message>
        <source>Your session has ended (signed out elsewhere, or the account changed). Sign in again.</source>
        <translation>세션이 종료되었습니다(다른 곳에서 로그아웃했거나 계정 정보가 바뀌었습니다). 다시 로그인해 주세요.</translation>
    </message>
</context>
<context>
    <name>md::app::ShortcutsDialog</name>
    <message>
        <source>Search in the current page</source>
        <translation>현재 화면에서 검색</translation>
    </message>
    <message>
        <source>Reload the current page</source>
        <translation>현재 화면 새로고침</translation>
    </message>
    <message>
        <source>Save the open form</source>
        <translation>열린 양식 저장</translation>
    </message>
    <message>
        <source>Close the open form</source>
        <translation>열린 양식 닫기</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>%1 화면으로 이동</translation>
    </message>
    <message>
        <source>New item (product; user or seller on People)</source>
        <translation>새 항목 만들기(상품, 사용자 관리에서는 사용자·판매자)</translation>
    </message>
</context>
<context>
    <name>md::app::TokenStore</name>
    <message>
        <source>No keychain is available on this computer (%1), so the console cannot keep you signed in: your session is kept in memory only and ends when you quit.</source>
        <translation>이 컴퓨터에서 사용할 수 있는 키체인이 없어(%1) 로그인 상태를 유지할 수 없습니다. 세션은 메모리에만 보관되며 콘솔을 종료하면 끝납니다.</translation>
    </message>
</context>
<context>
    <name>md::app::ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>새로고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>화면 테마(&amp;A)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
</context>
<context>
    <name>md::models::AlertListModel</name>
    <message numerus="yes">
        <source>for %n second(s)</source>
        <translation>
            <numerusform>%n초째</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n minute(s)</source>
        <translation>
            <numerusform>%n분째</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n hour(s)</source>
        <translation>
            <numerusform>%n시간째</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n day(s)</source>
        <translation>
            <numerusform>%n일째</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>발생 중</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
</context>
<context>
    <name>md::models::ApiClient</name>
    <message>
        <source>No server address is set.</source>
        <translation>서버 주소가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>세션이 만료되었습니다. 다시 로그인해 주세요.</translation>
    </message>
    <message>
        <source>The token refresh answer has no tokens.</source>
        <translation>토큰 갱신 응답에 토큰이 없습니다.</translation>
    </message>
</context>
<context>
    <name>md::models::Authenticator</name>
    <message>
        <source>The sign-in answer has no tokens.</source>
        <translation>로그인 응답에 토큰이 없습니다.</translation>
    </message>
    <message>
        <source>This console is for sellers and staff. Customers shop in the storefront.</source>
        <translation>이 콘솔은 판매자와 직원용입니다. 고객은 쇼핑몰을 이용해 주세요.</translation>
    </message>
</context>
<context>
    <name>md::models::CatalogTransfer</name>
    <message>
        <source>The console has no connection to a server.</source>
        <translation>콘솔이 서버에 연결되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>md::models::DeploymentListModel</name>
    <message>
        <source>%1 updated · %2 available</source>
        <translation>업데이트 %1 · 사용 가능 %2</translation>
    </message>
    <message>
        <source>Desired %1 · ready %2 · updated %3 · available %4 · unavailable %5</source>
        <translation>목표 %1 · 준비 %2 · 업데이트 %3 · 사용 가능 %4 · 사용 불가 %5</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>롤아웃</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>리비전</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>경과</translation>
    </message>
</context>
<context>
    <name>md::models::ImportErrorTableModel</name>
    <message>
        <source>(whole row)</source>
        <translation>(행 전체)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>md::models::InventoryListModel</name>
    <message numerus="yes">
        <source>Low stock: %n available, threshold %1</source>
        <translation>
            <numerusform>재고 부족: 판매 가능 %n개, 기준 %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>보유</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>판매 가능</translation>
    </message>
    <message>
        <source>Low-stock threshold: with this many or fewer available, the product counts as low on stock.</source>
        <translation>재고 부족 기준: 판매 가능 수량이 이 값 이하이면 재고 부족으로 표시합니다.</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>부족 기준</translation>
    </message>
</context>
<context>
    <name>md::models::OrderListModel</name>
    <message>
        <source>Order</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation>주문일시</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>숨김</translation>
    </message>
    <message>
        <source>Customers&apos; personal data is not shown to your role.</source>
        <translation>현재 역할에는 고객의 개인정보가 표시되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>md::models::ProductBulkUpdater</name>
    <message>
        <source>The new price would be below zero.</source>
        <translation>새 가격이 0원보다 작아집니다.</translation>
    </message>
    <message>
        <source>Changed by someone else since it was loaded; reload and try again.</source>
        <translation>불러온 뒤 다른 사용자가 변경했습니다. 다시 불러온 후 시도해 주세요.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>거부됨: %1</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>상품이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Not sent: cancelled.</source>
        <translation>취소되어 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Already so; nothing to change.</source>
        <translation>이미 같은 값이라 변경할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Changed.</source>
        <translation>변경했습니다.</translation>
    </message>
</context>
<context>
    <name>md::models::ProductExportJob</name>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>파일을 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>md::models::ProductListModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>상품명</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>판매가</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>수정일시</translation>
    </message>
</context>
<context>
    <name>md::models::SellerListModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성일시</translation>
    </message>
</context>
<context>
    <name>md::models::UserListModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>판매자</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성일시</translation>
    </message>
</context>
<context>
    <name>md::ui::AdjustStockDialog</name>
    <message>
        <source>Adjust stock — %1</source>
        <translation>재고 조정 — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;On hand %2 · reserved %3 · available %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;보유 %2 · 예약 %3 · 판매 가능 %4</translation>
    </message>
    <message>
        <source>Positive adds stock, negative removes it.</source>
        <translation>양수는 재고를 늘리고, 음수는 줄입니다.</translation>
    </message>
    <message>
        <source>Received a delivery</source>
        <translation>입고</translation>
    </message>
    <message>
        <source>Stock count correction</source>
        <translation>재고 실사 보정</translation>
    </message>
    <message>
        <source>Damaged or lost</source>
        <translation>파손 또는 분실</translation>
    </message>
    <message>
        <source>Returned by a customer</source>
        <translation>고객 반품</translation>
    </message>
    <message>
        <source>Why the stock changes</source>
        <translation>재고를 바꾸는 이유</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>변경 수량:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>조정</translation>
    </message>
    <message>
        <source>On hand would be %1, below the %2 reserved for orders.</source>
        <translation>보유 수량이 %1개가 되어 주문 예약 수량 %2개보다 적어집니다.</translation>
    </message>
    <message>
        <source>On hand becomes %1 (available %2).</source>
        <translation>보유 수량이 %1개가 됩니다(판매 가능 %2개).</translation>
    </message>
    <message>
        <source>Enter a reason; it is kept in the movement history.</source>
        <translation>사유를 입력해 주세요. 재고 변동 내역에 남습니다.</translation>
    </message>
    <message>
        <source>Not changed: %1 Reload to see the current level.</source>
        <translation>변경되지 않았습니다: %1 새로고침하여 현재 재고를 확인해 주세요.</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Discard this adjustment?</source>
        <translation>이 재고 조정을 취소할까요?</translation>
    </message>
    <message>
        <source>The stock change you entered has not been saved. Close the dialog anyway?</source>
        <translation>입력한 재고 변경이 아직 저장되지 않았습니다. 그래도 창을 닫을까요?</translation>
    </message>
</context>
<context>
    <name>md::ui::AlertsPage</name>
    <message>
        <source>Reload</source>
        <translation>다시 불러오기</translation>
    </message>
    <message>
        <source>Ask Prometheus now (it is asked every 30 seconds)</source>
        <translation>지금 Prometheus에 확인합니다(30초마다 자동 확인)</translation>
    </message>
    <message>
        <source>Firing and pending alerts from Prometheus</source>
        <translation>Prometheus에서 발생 중이거나 대기 중인 알림</translation>
    </message>
    <message>
        <source>Alerts could not be read. %1</source>
        <translation>알림을 읽지 못했습니다. %1</translation>
    </message>
    <message>
        <source>Loading alerts…</source>
        <translation>알림을 불러오는 중…</translation>
    </message>
    <message>
        <source>No alerts firing</source>
        <translation>발생 중인 알림이 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n firing</source>
        <translation>
            <numerusform>발생 중 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>대기 중 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>checked at %1</source>
        <translation>%1에 확인</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
</context>
<context>
    <name>md::ui::CreateSellerDialog</name>
    <message>
        <source>New seller</source>
        <translation>새 판매자</translation>
    </message>
    <message>
        <source>e.g. 서울상회</source>
        <translation>예: 서울상회</translation>
    </message>
    <message>
        <source>A seller is a shop with its own catalog, stock and orders. Its people sign in as seller users tied to it (Users ▸ New user, role Seller).</source>
        <translation>판매자는 자체 상품, 재고, 주문을 가진 상점입니다. 상점 직원은 이 판매자에 소속된 판매자 사용자로 로그인합니다(사용자 ▸ 새 사용자, 역할: 판매자).</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Create seller</source>
        <translation>판매자 만들기</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Not created: the server cannot be reached. The name is still here; try again when the connection is back.</source>
        <translation>만들지 못했습니다: 서버에 연결할 수 없습니다. 입력한 이름은 그대로 있으니 연결되면 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>Not created. %1</source>
        <translation>만들지 못했습니다. %1</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>만드는 중…</translation>
    </message>
    <message>
        <source>Discard this seller?</source>
        <translation>이 판매자를 버릴까요?</translation>
    </message>
    <message>
        <source>The new seller has not been created. Close the form and lose the name you entered?</source>
        <translation>새 판매자를 아직 만들지 않았습니다. 양식을 닫고 입력한 이름을 버릴까요?</translation>
    </message>
</context>
<context>
    <name>md::ui::CreateUserDialog</name>
    <message>
        <source>New user</source>
        <translation>새 사용자</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>optional, e.g. 김민수</source>
        <translation>선택 사항, 예: 김민수</translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation>역할 선택</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>%1자 이상</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Fill in a strong random password and show it, to pass on to the person</source>
        <translation>강력한 무작위 비밀번호를 채우고 보여 줍니다. 사용자에게 전달하세요</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>이메일:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>표시 이름:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>역할:</translation>
    </message>
    <message>
        <source>Seller:</source>
        <translation>판매자:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <source>The person signs in with this e-mail address and password. Pass the password on in a safe way; the console does not keep it.</source>
        <translation>사용자는 이 이메일 주소와 비밀번호로 로그인합니다. 비밀번호는 안전한 방법으로 전달하세요. 콘솔은 비밀번호를 보관하지 않습니다.</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>사용자 만들기</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Someone already signs in with this e-mail address.</source>
        <translation>이 이메일 주소로 로그인하는 사용자가 이미 있습니다.</translation>
    </message>
    <message>
        <source>Not created: the server cannot be reached. What you entered is still here; try again when the connection is back.</source>
        <translation>만들지 못했습니다: 서버에 연결할 수 없습니다. 입력한 내용은 그대로 있으니 연결되면 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>Not created. %1</source>
        <translation>만들지 못했습니다. %1</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>만드는 중…</translation>
    </message>
    <message>
        <source>Discard this user?</source>
        <translation>이 사용자를 버릴까요?</translation>
    </message>
    <message>
        <source>The new user has not been created. Close the form and lose what you entered?</source>
        <translation>새 사용자를 아직 만들지 않았습니다. 양식을 닫고 입력한 내용을 버릴까요?</translation>
    </message>
</context>
<context>
    <name>md::ui::DashboardPage</name>
    <message>
        <source>Range:</source>
        <translation>범위:</translation>
    </message>
    <message>
        <source>Auto-refresh:</source>
        <translation>자동 새로 고침:</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: %1</source>
        <translation>대시보드를 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>최근 15분</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>최근 1시간</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>최근 6시간</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>직접 지정</translation>
    </message>
    <message>
        <source>Start of the custom range</source>
        <translation>직접 지정한 범위의 시작</translation>
    </message>
    <message>
        <source>End of the custom range</source>
        <translation>직접 지정한 범위의 끝</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <source>Every 10 s</source>
        <translation>10초마다</translation>
    </message>
    <message>
        <source>Every 30 s</source>
        <translation>30초마다</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>1분마다</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>5분마다</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Reload every panel now (F5)</source>
        <translation>모든 패널을 지금 다시 불러오기 (F5)</translation>
    </message>
    <message>
        <source>The custom range must start before it ends.</source>
        <translation>직접 지정한 범위는 시작이 끝보다 앞서야 합니다.</translation>
    </message>
    <message>
        <source>The custom range may span at most 32 days.</source>
        <translation>직접 지정한 범위는 최대 32일입니다.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>새로 고치는 중…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1 업데이트됨</translation>
    </message>
</context>
<context>
    <name>md::ui::DashboardPanel</name>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Save this panel as a picture</source>
        <translation>이 패널을 이미지로 저장</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Save this panel&apos;s data (every sample) as CSV</source>
        <translation>이 패널의 데이터(모든 샘플)를 CSV로 저장</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>간격 %1</translation>
    </message>
    <message>
        <source>One sample every %1 (from the range and the chart&apos;s width)</source>
        <translation>%1마다 샘플 하나 (범위와 차트 너비로 정함)</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Save panel as PNG</source>
        <translation>패널을 PNG로 저장</translation>
    </message>
    <message>
        <source>Save panel data as CSV</source>
        <translation>패널 데이터를 CSV로 저장</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
</context>
<context>
    <name>md::ui::DeploymentActionsPanel</name>
    <message>
        <source>Scale</source>
        <translation>스케일</translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation>재시작…</translation>
    </message>
    <message>
        <source>Pause rollout</source>
        <translation>롤아웃 일시 중지</translation>
    </message>
    <message>
        <source>Set image</source>
        <translation>이미지 변경</translation>
    </message>
    <message>
        <source>Desired number of pods</source>
        <translation>원하는 파드 수</translation>
    </message>
    <message>
        <source>Replace every pod, a few at a time, with the same template</source>
        <translation>같은 템플릿으로 모든 파드를 몇 개씩 교체합니다</translation>
    </message>
    <message>
        <source>The container whose image changes</source>
        <translation>이미지를 바꿀 컨테이너</translation>
    </message>
    <message>
        <source>registry/repository:tag</source>
        <translation>레지스트리/저장소:태그</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>레플리카:</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>이미지:</translation>
    </message>
    <message>
        <source>Resume rollout</source>
        <translation>롤아웃 재개</translation>
    </message>
    <message>
        <source>Let the rollout continue</source>
        <translation>롤아웃을 계속 진행합니다</translation>
    </message>
    <message>
        <source>Hold the rollout where it is; changes to the template wait</source>
        <translation>롤아웃을 현재 상태로 멈춥니다. 템플릿 변경은 대기합니다</translation>
    </message>
    <message>
        <source>Scale %1 from %2 to %3 replicas in namespace %4?</source>
        <translation>네임스페이스 %4의 %1 레플리카를 %2개에서 %3개로 조정할까요?</translation>
    </message>
    <message>
        <source>Scale deployment</source>
        <translation>디플로이먼트 스케일 조정</translation>
    </message>
    <message>
        <source>With 0 replicas the service stops answering.</source>
        <translation>레플리카가 0개이면 서비스가 응답하지 않습니다.</translation>
    </message>
    <message>
        <source>Restart deployment</source>
        <translation>디플로이먼트 재시작</translation>
    </message>
    <message numerus="yes">
        <source>Restart %1 in namespace %2? All %n pod(s) are replaced, a few at a time.</source>
        <translation>
            <numerusform>네임스페이스 %2의 %1을(를) 재시작할까요? 파드 %n개가 모두 몇 개씩 교체됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>재시작</translation>
    </message>
    <message>
        <source>Pause the rollout of %1 in namespace %2? Pods stay as they are until it is resumed.</source>
        <translation>네임스페이스 %2의 %1 롤아웃을 일시 중지할까요? 재개할 때까지 파드는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Resume the rollout of %1 in namespace %2? Pending template changes roll out.</source>
        <translation>네임스페이스 %2의 %1 롤아웃을 재개할까요? 대기 중인 템플릿 변경이 배포됩니다.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Change the image of container %1 of %2 in namespace %3 from %4 to %5? Every pod is replaced.</source>
        <translation>네임스페이스 %3에 있는 %2의 컨테이너 %1 이미지를 %4에서 %5(으)로 바꿀까요? 모든 파드가 교체됩니다.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>롤백</translation>
    </message>
    <message>
        <source>Roll %1 in namespace %2 back from revision %3 to revision %4 (%5)? Every pod is replaced.</source>
        <translation>네임스페이스 %2의 %1을(를) 리비전 %3에서 리비전 %4(%5)(으)로 롤백할까요? 모든 파드가 교체됩니다.</translation>
    </message>
</context>
<context>
    <name>md::ui::DeploymentDetailPane</name>
    <message>
        <source>Roll back to selected revision…</source>
        <translation>선택한 리비전으로 롤백…</translation>
    </message>
    <message>
        <source>View logs…</source>
        <translation>로그 보기…</translation>
    </message>
    <message>
        <source>Select a deployment to see its pods, history and events.</source>
        <translation>디플로이먼트를 선택하면 파드, 이력, 이벤트가 표시됩니다.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>리비전</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>파드</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>파드</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>재시작</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>횟수</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>마지막 발생</translation>
    </message>
    <message>
        <source>Tail and follow the selected pod&apos;s log</source>
        <translation>선택한 파드의 로그를 보고 따라갑니다</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>리비전 이력</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>상태 조건</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>The latest state could not be read. %1</source>
        <translation>최신 상태를 읽지 못했습니다. %1</translation>
    </message>
    <message>
        <source>Namespace %1 · %2 · revision %3 · desired %4, ready %5, updated %6, available %7 · generation %8 (observed %9)</source>
        <translation>네임스페이스 %1 · %2 · 리비전 %3 · 목표 %4, 준비 %5, 업데이트 %6, 사용 가능 %7 · 세대 %8(관측 %9)</translation>
    </message>
    <message>
        <source>strategy unknown</source>
        <translation>전략 알 수 없음</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (현재)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Restore this revision&apos;s pod template</source>
        <translation>이 리비전의 파드 템플릿을 복원합니다</translation>
    </message>
    <message>
        <source>Pick an earlier revision in the history first</source>
        <translation>먼저 이력에서 이전 리비전을 고르세요</translation>
    </message>
    <message>
        <source>Pods (%1)</source>
        <translation>파드 (%1)</translation>
    </message>
    <message>
        <source>Revision history (%1)</source>
        <translation>리비전 이력 (%1)</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>이벤트 (%1)</translation>
    </message>
</context>
<context>
    <name>md::ui::DeploymentsPage</name>
    <message>
        <source>Loading deployments…</source>
        <translation>디플로이먼트를 불러오는 중…</translation>
    </message>
    <message>
        <source>No deployments match this search.</source>
        <translation>검색과 일치하는 디플로이먼트가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) loaded</source>
        <translation>
            <numerusform>디플로이먼트 %n개 불러옴</numerusform>
        </translation>
    </message>
    <message>
        <source>Deployment name…</source>
        <translation>디플로이먼트 이름…</translation>
    </message>
    <message>
        <source>Reload from the server</source>
        <translation>서버에서 다시 불러오기</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>리비전</translation>
    </message>
    <message>
        <source>Namespace &lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>%2의 네임스페이스 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — &lt;b&gt;not connected&lt;/b&gt;</source>
        <translation> — &lt;b&gt;연결되지 않음&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Simulated cluster&lt;/b&gt; — not a real Kubernetes cluster. </source>
        <translation>&lt;b&gt;시뮬레이션 클러스터&lt;/b&gt; — 실제 Kubernetes 클러스터가 아닙니다. </translation>
    </message>
    <message>
        <source>Deployments could not be loaded. %1</source>
        <translation>디플로이먼트를 불러오지 못했습니다. %1</translation>
    </message>
    <message>
        <source>This namespace has no deployments.</source>
        <translation>이 네임스페이스에는 디플로이먼트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>md::ui::GuardedDialog</name>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>계속 편집</translation>
    </message>
</context>
<context>
    <name>md::ui::InventoryPage</name>
    <message>
        <source>Loading stock levels…</source>
        <translation>재고를 불러오는 중…</translation>
    </message>
    <message>
        <source>No products match these filters.</source>
        <translation>조건에 맞는 상품이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) loaded</source>
        <translation>
            <numerusform>상품 %n개 표시됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Search title or SKU…</source>
        <translation>상품명 또는 SKU 검색…</translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation>재고 부족만</translation>
    </message>
    <message>
        <source>Reload from the server</source>
        <translation>서버에서 다시 불러오기</translation>
    </message>
    <message>
        <source>Adjust stock…</source>
        <translation>재고 조정…</translation>
    </message>
    <message>
        <source>Select a product to see how its stock changed.</source>
        <translation>상품을 선택하면 재고 변동 내역이 보입니다.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>보유 변동</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>예약 변동</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>By</source>
        <translation>처리자</translation>
    </message>
    <message>
        <source>Stock levels could not be loaded. %1</source>
        <translation>재고를 불러오지 못했습니다. %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — movement history</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) — 재고 변동 내역</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>The history could not be loaded. %1</source>
        <translation>내역을 불러오지 못했습니다. %1</translation>
    </message>
    <message>
        <source>No stock changes recorded yet.</source>
        <translation>아직 기록된 재고 변동이 없습니다.</translation>
    </message>
    <message>
        <source> (order #%1)</source>
        <translation> (주문 #%1)</translation>
    </message>
    <message>
        <source>system</source>
        <translation>시스템</translation>
    </message>
</context>
<context>
    <name>md::ui::LogViewerDialog</name>
    <message>
        <source>Follow</source>
        <translation>따라가기</translation>
    </message>
    <message>
        <source>Previous instance</source>
        <translation>이전 인스턴스</translation>
    </message>
    <message>
        <source>Wrap lines</source>
        <translation>줄 바꿈</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>다시 연결</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <source>Logs — %1</source>
        <translation>로그 — %1</translation>
    </message>
    <message>
        <source>Last %1 lines</source>
        <translation>마지막 %1줄</translation>
    </message>
    <message>
        <source>The log of the container instance before its last restart (after a crash)</source>
        <translation>마지막 재시작 전(충돌 후) 컨테이너 인스턴스의 로그</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>로그 검색</translation>
    </message>
    <message>
        <source>Auto-scroll paused — scroll to the end to resume</source>
        <translation>자동 스크롤 일시 중지 — 끝까지 스크롤하면 재개됩니다</translation>
    </message>
    <message>
        <source>Pod:</source>
        <translation>파드:</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>컨테이너:</translation>
    </message>
    <message>
        <source>This deployment has no pods.</source>
        <translation>이 디플로이먼트에는 파드가 없습니다.</translation>
    </message>
    <message>
        <source>The log stream stopped: %1</source>
        <translation>로그 스트림이 중단되었습니다: %1</translation>
    </message>
    <message>
        <source>The log stream ended (the pod may have stopped).</source>
        <translation>로그 스트림이 끝났습니다(파드가 중지되었을 수 있습니다).</translation>
    </message>
    <message>
        <source>End of the log.</source>
        <translation>로그의 끝입니다.</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>따라가는 중</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>불러오는 중</translation>
    </message>
    <message numerus="yes">
        <source> · %n line(s) shown</source>
        <translation>
            <numerusform> · %n줄 표시</numerusform>
        </translation>
    </message>
    <message>
        <source> (oldest %1 dropped)</source>
        <translation> (오래된 %1줄 삭제됨)</translation>
    </message>
    <message numerus="yes">
        <source> · %n matching line(s)</source>
        <translation>
            <numerusform> · 일치하는 줄 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>로그 저장</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>로그 파일 (*.log *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1</source>
        <translation>
            <numerusform>%1에 %n줄 저장함</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the log: %1</source>
        <translation>로그를 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>md::ui::LoginDialog</name>
    <message>
        <source>Enter the server address.</source>
        <translation>서버 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>“%1” is not a server address such as http://127.0.0.1:8080.</source>
        <translation>“%1”은(는) 올바른 서버 주소가 아닙니다. 예: http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Sign in to Marketdesk</source>
        <translation>마켓데스크 로그인</translation>
    </message>
    <message>
        <source>&lt;b&gt;Marketdesk console&lt;/b&gt;&lt;br&gt;For sellers and support staff</source>
        <translation>&lt;b&gt;마켓데스크 콘솔&lt;/b&gt;&lt;br&gt;판매자와 고객지원 담당자용</translation>
    </message>
    <message>
        <source>name@example.kr</source>
        <translation>name@example.kr</translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation>이 컴퓨터에서 로그인 상태 유지</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>서버(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>Enter the e-mail address you sign in with.</source>
        <translation>로그인할 이메일 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>비밀번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>로그인 중…</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and that the server is running.</source>
        <translation>%1 서버에 연결할 수 없습니다. 주소가 맞는지, 서버가 실행 중인지 확인해 주세요.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>이메일 주소 또는 비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>로그인 실패가 너무 많습니다. %n초 후에 다시 시도해 주세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again later.</source>
        <translation>로그인 실패가 너무 많습니다. 잠시 후 다시 시도해 주세요.</translation>
    </message>
</context>
<context>
    <name>md::ui::OrderActionDialog</name>
    <message>
        <source>Ship order %1</source>
        <translation>주문 %1 발송</translation>
    </message>
    <message>
        <source>The customer sees the carrier and tracking number.</source>
        <translation>고객에게 택배사와 운송장 번호가 표시됩니다.</translation>
    </message>
    <message>
        <source>CJ Logistics</source>
        <translation>CJ대한통운</translation>
    </message>
    <message>
        <source>Hanjin Express</source>
        <translation>한진택배</translation>
    </message>
    <message>
        <source>Lotte Global Logistics</source>
        <translation>롯데택배</translation>
    </message>
    <message>
        <source>Korea Post</source>
        <translation>우체국택배</translation>
    </message>
    <message>
        <source>Logen</source>
        <translation>로젠택배</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>택배사:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>운송장 번호:</translation>
    </message>
    <message>
        <source>Mark as shipped</source>
        <translation>발송 처리</translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation>주문 %1 취소</translation>
    </message>
    <message>
        <source>Cancelling releases the reserved stock. It cannot be undone.</source>
        <translation>취소하면 예약된 재고가 해제됩니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>e.g. the customer asked to cancel</source>
        <translation>예: 고객 요청으로 취소</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>주문 취소</translation>
    </message>
    <message>
        <source>Refund order %1</source>
        <translation>주문 %1 환불</translation>
    </message>
    <message>
        <source>Up to %1 can still be refunded.</source>
        <translation>최대 %1까지 환불할 수 있습니다.</translation>
    </message>
    <message>
        <source>e.g. damaged in delivery</source>
        <translation>예: 배송 중 파손</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Enter the carrier and the tracking number.</source>
        <translation>택배사와 운송장 번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Enter a reason; it is kept in the order&apos;s history.</source>
        <translation>사유를 입력해 주세요. 주문 이력에 남습니다.</translation>
    </message>
    <message>
        <source>Enter an amount between %1 and %2.</source>
        <translation>%1에서 %2 사이의 금액을 입력해 주세요.</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>금액(%1):</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Units going back to stock (returned goods):</source>
        <translation>재고로 되돌릴 수량(반품된 상품):</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>주문 수량</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>재입고</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>입력한 내용을 버릴까요?</translation>
    </message>
    <message>
        <source>What you entered in this form has not been sent. Close it anyway?</source>
        <translation>이 양식에 입력한 내용이 아직 전송되지 않았습니다. 그래도 닫을까요?</translation>
    </message>
</context>
<context>
    <name>md::ui::OrderActionFlow</name>
    <message>
        <source>Mark as paid</source>
        <translation>결제 확인</translation>
    </message>
    <message>
        <source>Ship…</source>
        <translation>발송…</translation>
    </message>
    <message>
        <source>Mark as delivered</source>
        <translation>배송 완료 처리</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>주문 취소…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>환불…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <source>Record payment for order %1 (%2)?</source>
        <translation>주문 %1의 결제(%2)를 확인 처리할까요?</translation>
    </message>
    <message>
        <source>Record that order %1 was delivered?</source>
        <translation>주문 %1을(를) 배송 완료로 처리할까요?</translation>
    </message>
    <message>
        <source>Mark order %1 as shipped with %2, tracking number %3?</source>
        <translation>주문 %1을(를) %2, 운송장 번호 %3(으)로 발송 처리할까요?</translation>
    </message>
    <message>
        <source>Mark as shipped</source>
        <translation>발송 처리</translation>
    </message>
    <message>
        <source>Cancel order %1? Its reserved stock is released; this cannot be undone.</source>
        <translation>주문 %1을(를) 취소할까요? 예약된 재고가 해제되며 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>주문 취소</translation>
    </message>
    <message numerus="yes">
        <source>Refund %1 for order %2 and put %n unit(s) back in stock?</source>
        <translation>
            <numerusform>주문 %2에 대해 %1을(를) 환불하고 %n개를 재고로 되돌릴까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Refund %1 for order %2?</source>
        <translation>주문 %2에 대해 %1을(를) 환불할까요?</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>The note was not saved. %1</source>
        <translation>메모를 저장하지 못했습니다. %1</translation>
    </message>
    <message>
        <source>The order&apos;s state changed meanwhile; it was reloaded. %1</source>
        <translation>그사이 주문 상태가 바뀌어 다시 불러왔습니다. %1</translation>
    </message>
</context>
<context>
    <name>md::ui::OrderDetailPane</name>
    <message>
        <source>Add note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation>주문을 선택하면 상세 내용이 보입니다.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Write a note for colleagues (customers do not see it)…</source>
        <translation>동료에게 남길 메모를 작성하세요(고객에게는 보이지 않습니다)…</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>주문 상품</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>배송지</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>처리 이력</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Loading the order…</source>
        <translation>주문을 불러오는 중…</translation>
    </message>
    <message>
        <source>The order could not be reloaded. %1</source>
        <translation>주문을 다시 불러오지 못했습니다. %1</translation>
    </message>
    <message>
        <source>This order does not exist or is not yours to see.</source>
        <translation>주문이 없거나 조회 권한이 없습니다.</translation>
    </message>
    <message>
        <source>The order could not be loaded. %1</source>
        <translation>주문을 불러오지 못했습니다. %1</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>환불 내역</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>다시 불러오기</translation>
    </message>
</context>
<context>
    <name>md::ui::OrdersPage</name>
    <message>
        <source>Loading orders…</source>
        <translation>주문을 불러오는 중…</translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation>조건에 맞는 주문이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) loaded</source>
        <translation>
            <numerusform>주문 %n건 표시됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Order number, customer e-mail, product…</source>
        <translation>주문번호, 고객 이메일, 상품…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Show %1 orders; with none selected, every status shows</source>
        <translation>%1 주문만 보기. 아무것도 선택하지 않으면 모든 상태가 보입니다</translation>
    </message>
    <message>
        <source>Reload from the server</source>
        <translation>서버에서 다시 불러오기</translation>
    </message>
    <message>
        <source>Orders changed — show the latest</source>
        <translation>주문이 변경되었습니다 — 최신 목록 보기</translation>
    </message>
    <message>
        <source>Orders could not be loaded. %1</source>
        <translation>주문을 불러오지 못했습니다. %1</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>기간 직접 지정</translation>
    </message>
    <message>
        <source>Orders placed on or after this day</source>
        <translation>이 날짜 이후(당일 포함) 접수된 주문</translation>
    </message>
    <message>
        <source>Orders placed on or before this day</source>
        <translation>이 날짜 이전(당일 포함) 접수된 주문</translation>
    </message>
    <message>
        <source>Placed:</source>
        <translation>주문일:</translation>
    </message>
    <message>
        <source>New order %1 · %2 · %3</source>
        <translation>새 주문 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Order number, product…</source>
        <translation>주문번호, 상품…</translation>
    </message>
</context>
<context>
    <name>md::ui::PasswordRevealDialog</name>
    <message>
        <source>New password</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <source>The new password of &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;의 새 비밀번호:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>&lt;b&gt;This password is shown only once.&lt;/b&gt; Copy it now and give it to them in a safe way. When you close this window it cannot be shown again; if it is lost, reset the password again.</source>
        <translation>&lt;b&gt;이 비밀번호는 한 번만 표시됩니다.&lt;/b&gt; 지금 복사해서 안전한 방법으로 전달하세요. 이 창을 닫으면 다시 볼 수 없으며, 잃어버렸다면 비밀번호를 다시 재설정해야 합니다.</translation>
    </message>
    <message>
        <source>I have copied it</source>
        <translation>복사했습니다</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>클립보드에 복사했습니다.</translation>
    </message>
</context>
<context>
    <name>md::ui::PeoplePage</name>
    <message>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>판매자</translation>
    </message>
</context>
<context>
    <name>md::ui::ProductBulkDialog</name>
    <message numerus="yes">
        <source>Change %n product(s)</source>
        <translation>
            <numerusform>상품 %n개 일괄 변경</numerusform>
        </translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>상태 지정</translation>
    </message>
    <message>
        <source>Change price by an amount (₩)</source>
        <translation>가격을 금액만큼 변경(₩)</translation>
    </message>
    <message>
        <source>Change price by a percentage (%)</source>
        <translation>가격을 비율만큼 변경(%)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>상품명</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>After</source>
        <translation>변경 후</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%m개 중 %v개</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n product(s)</source>
        <translation>
            <numerusform>상품 %n개에 적용</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>변경 내용:</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>새 상태:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>값:</translation>
    </message>
    <message>
        <source>Every selected product gets this status.</source>
        <translation>선택한 모든 상품이 이 상태로 바뀝니다.</translation>
    </message>
    <message>
        <source>e.g. 1,000 or -500</source>
        <translation>예: 1,000 또는 -500</translation>
    </message>
    <message>
        <source>Adds the amount in won to each price; a negative amount lowers it. A price cannot go below zero.</source>
        <translation>각 가격에 입력한 금액(원)을 더합니다. 음수를 입력하면 가격이 내려갑니다. 가격은 0원 아래로 내려갈 수 없습니다.</translation>
    </message>
    <message>
        <source>e.g. 10 or -7.5</source>
        <translation>예: 10 또는 -7.5</translation>
    </message>
    <message>
        <source>Changes each price by this percentage (up to two decimals), rounded to the nearest won; exactly half a won rounds away from zero (₩19,995 + 10% = ₩21,995).</source>
        <translation>각 가격을 이 비율(소수점 둘째 자리까지)만큼 바꾸고 원 단위로 반올림합니다. 정확히 0.5원이면 0에서 먼 쪽으로 올립니다(₩19,995 + 10% = ₩21,995).</translation>
    </message>
    <message>
        <source>Enter a percentage between -100 and 1000, e.g. 10 or -7.5.</source>
        <translation>-100에서 1000 사이의 비율을 입력해 주세요. 예: 10 또는 -7.5</translation>
    </message>
    <message>
        <source>Enter an amount in whole won, e.g. 1,000 or -500.</source>
        <translation>원 단위 금액을 입력해 주세요. 예: 1,000 또는 -500</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>값을 입력해 주세요.</translation>
    </message>
    <message>
        <source>Saving… at most %1 at a time.</source>
        <translation>저장하는 중… 한 번에 최대 %1개씩 처리합니다.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>✔ Changed</source>
        <translation>✔ 변경됨</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n개 변경됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n개 실패</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n개 그대로</numerusform>
        </translation>
    </message>
    <message>
        <source>The failed products are marked in the table.</source>
        <translation>실패한 상품은 표에 표시되어 있습니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…외 %n개 더 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::ProductConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>다른 사용자가 변경함</translation>
    </message>
    <message>
        <source>Someone saved “%1” (now version %2) after you opened it. These fields differ; those you both changed are marked ⚠.</source>
        <translation>편집을 시작한 뒤 다른 사용자가 “%1” 상품을 저장했습니다(현재 버전 %2). 아래 항목의 값이 다릅니다. 양쪽 모두 바꾼 항목에는 ⚠ 표시가 있습니다.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>내 값</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>서버의 값</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>서버 값 불러오기</translation>
    </message>
    <message>
        <source>Discard your changes and show the server&apos;s version in the editor.</source>
        <translation>내 변경 사항을 버리고 서버의 최신 버전을 편집기에 불러옵니다.</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>내 값으로 덮어쓰기</translation>
    </message>
    <message>
        <source>Save the fields you changed on top of the server&apos;s version.</source>
        <translation>내가 바꾼 항목을 서버의 최신 버전 위에 저장합니다.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>계속 편집</translation>
    </message>
</context>
<context>
    <name>md::ui::ProductEditorDialog</name>
    <message>
        <source>New product</source>
        <translation>새 상품</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>상품 수정</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>e.g. 12,000</source>
        <translation>예: 12,000</translation>
    </message>
    <message>
        <source>optional: the former price shown crossed out</source>
        <translation>선택: 취소선으로 표시할 정가</translation>
    </message>
    <message>
        <source>Seller ID:</source>
        <translation>판매자 ID:</translation>
    </message>
    <message>
        <source>SKU:</source>
        <translation>SKU:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>상품명:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>카테고리:</translation>
    </message>
    <message>
        <source>Price (₩):</source>
        <translation>판매가(₩):</translation>
    </message>
    <message>
        <source>Compare-at price (₩):</source>
        <translation>정가(₩):</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>상품 설명:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 수정</translation>
    </message>
    <message>
        <source>Enter a SKU.</source>
        <translation>SKU를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>상품명을 입력해 주세요.</translation>
    </message>
    <message>
        <source>Enter the price in whole won, e.g. 12,000.</source>
        <translation>판매가를 원 단위로 입력해 주세요. 예: 12,000</translation>
    </message>
    <message>
        <source>Enter an amount in whole won, or leave it empty.</source>
        <translation>금액을 원 단위로 입력하거나 비워 두세요.</translation>
    </message>
    <message>
        <source>Another product of this seller already has this SKU.</source>
        <translation>이 판매자의 다른 상품이 이미 이 SKU를 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>Not saved: the server cannot be reached. Your changes are still here; save again when the connection is back.</source>
        <translation>저장하지 못했습니다: 서버에 연결할 수 없습니다. 입력한 내용은 그대로 있으니 연결되면 다시 저장해 주세요.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>Reloaded the latest version (version %1). Your changes were discarded.</source>
        <translation>최신 버전(버전 %1)을 불러왔습니다. 내 변경 사항은 버렸습니다.</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>변경 사항을 버릴까요?</translation>
    </message>
    <message>
        <source>Your changes to this product have not been saved. Close the editor anyway?</source>
        <translation>이 상품의 변경 사항이 아직 저장되지 않았습니다. 그래도 편집 창을 닫을까요?</translation>
    </message>
</context>
<context>
    <name>md::ui::ProductExportDialog</name>
    <message>
        <source>Export products</source>
        <translation>상품 내보내기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n product(s) (%1).</source>
        <translation>
            <numerusform>상품 %n개를 저장했습니다(%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed; no file was written. %1</source>
        <translation>내보내기에 실패하여 파일을 만들지 않았습니다. %1</translation>
    </message>
    <message>
        <source>Exporting the products of the current filter to %1</source>
        <translation>현재 필터의 상품을 %1 파일로 내보내는 중</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>서버 응답을 기다리는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%1 received, %n product(s)</source>
        <translation>
            <numerusform>%1 받음, 상품 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>취소했습니다. 파일은 만들지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>md::ui::ProductImportDialog</name>
    <message>
        <source>Import products from CSV</source>
        <translation>CSV로 상품 가져오기</translation>
    </message>
    <message>
        <source>Choose a CSV file (UTF-8, with or without BOM) with the columns of an export: sku is required; seller_id, title, description, category, price_cents, compare_at_cents, currency, status, attributes and images are optional. Products are matched by SKU: new SKUs are created, existing ones updated.</source>
        <translation>내보내기와 같은 열 구성의 CSV 파일(UTF-8, BOM 유무 상관없음)을 선택해 주세요. sku 열은 필수이고 seller_id, title, description, category, price_cents, compare_at_cents, currency, status, attributes, images 열은 선택입니다. 상품은 SKU로 찾습니다. 새 SKU는 새로 만들고, 이미 있는 SKU는 수정합니다.</translation>
    </message>
    <message>
        <source>Path of the CSV file</source>
        <translation>CSV 파일 경로</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>파일에 적힌 값</translation>
    </message>
    <message>
        <source>The seller of rows whose seller_id cell is empty.</source>
        <translation>seller_id 칸이 비어 있는 행의 판매자입니다.</translation>
    </message>
    <message>
        <source>Default seller ID:</source>
        <translation>기본 판매자 ID:</translation>
    </message>
    <message>
        <source>Import only the valid rows and skip the rows listed above</source>
        <translation>위에 나열된 행은 건너뛰고 올바른 행만 가져오기</translation>
    </message>
    <message>
        <source>%p% sent</source>
        <translation>%p% 전송됨</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>파일 검사</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message numerus="yes">
        <source>File sent. The server is checking and saving %n product(s)…</source>
        <translation>
            <numerusform>파일을 보냈습니다. 서버가 상품 %n개를 검사하고 저장하는 중입니다…</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 1 of 3: choose the file</source>
        <translation>1/3단계: 파일 선택</translation>
    </message>
    <message>
        <source>Step 2 of 3: check the rows (nothing has been changed yet)</source>
        <translation>2/3단계: 행 검사(아직 아무것도 바뀌지 않았습니다)</translation>
    </message>
    <message>
        <source>Step 3 of 3: import</source>
        <translation>3/3단계: 가져오기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV 파일 선택</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read (%1). The server is checking them…</source>
        <translation>
            <numerusform>%n개 행을 읽었습니다(%1). 서버가 검사하는 중입니다…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>새 상품 %1개, 수정 %2개, 변경 없음 %3개</translation>
    </message>
    <message>
        <source>The file could not be checked. %1</source>
        <translation>파일을 검사하지 못했습니다. %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are valid: %1. Nothing has been changed yet; press Import to save them.</source>
        <translation>
            <numerusform>%n개 행이 모두 올바릅니다: %1. 아직 아무것도 바뀌지 않았습니다. 저장하려면 ‘가져오기’를 누르세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, listed below by line of the file (the header is line 1). Nothing has been changed. Correct the file and check it again, or import only the valid rows.</source>
        <translation>
            <numerusform>%n개 행에 문제가 있습니다. 아래에 파일의 줄 번호(머리글이 1번 줄)순으로 나열했습니다. 아무것도 바뀌지 않았습니다. 파일을 고친 뒤 다시 검사하거나, 올바른 행만 가져오세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first 1,000 problems are listed.</source>
        <translation>처음 1,000개의 문제만 표시합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s)…</source>
        <translation>
            <numerusform>%n개 행을 보내는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>가져오기 완료: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems were skipped.</source>
        <translation>
            <numerusform>문제가 있는 %n개 행은 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>가져오지 않음</translation>
    </message>
    <message>
        <source>The server refused the import; nothing was changed. Go back to see the problems.</source>
        <translation>서버가 가져오기를 거부하여 아무것도 바뀌지 않았습니다. ‘이전’을 눌러 문제를 확인해 주세요.</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed. %1</source>
        <translation>가져오기에 실패하여 아무것도 바뀌지 않았습니다. %1</translation>
    </message>
    <message>
        <source>Cancelled. If the file had been sent completely, the server may still have imported it; reload the list to see.</source>
        <translation>취소했습니다. 파일이 이미 모두 전송되었다면 서버가 가져왔을 수도 있으니 목록을 새로 고쳐 확인해 주세요.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
</context>
<context>
    <name>md::ui::ProductsPage</name>
    <message>
        <source>Loading products…</source>
        <translation>상품을 불러오는 중…</translation>
    </message>
    <message>
        <source>No products match these filters.</source>
        <translation>조건에 맞는 상품이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) loaded</source>
        <translation>
            <numerusform>상품 %n개 표시됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Search title, SKU, category, description…</source>
        <translation>상품명, SKU, 카테고리, 설명 검색…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>모든 카테고리</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>새 상품</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>보관</translation>
    </message>
    <message>
        <source>Reload from the server</source>
        <translation>서버에서 다시 불러오기</translation>
    </message>
    <message>
        <source>Products could not be loaded. %1</source>
        <translation>상품을 불러오지 못했습니다. %1</translation>
    </message>
    <message>
        <source>Archive product</source>
        <translation>상품 보관</translation>
    </message>
    <message>
        <source>Archive “%1” (%2)? It disappears from the storefront; orders that contain it keep it.</source>
        <translation>“%1”(%2) 상품을 보관할까요? 쇼핑몰에서는 사라지지만, 이 상품이 포함된 주문에는 그대로 남습니다.</translation>
    </message>
    <message>
        <source>The product was not archived. %1</source>
        <translation>상품을 보관하지 못했습니다. %1</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Create a new draft product from a copy of the selected one</source>
        <translation>선택한 상품을 복사해 새 임시저장 상품을 만듭니다</translation>
    </message>
    <message>
        <source>Change selected…</source>
        <translation>선택 항목 변경…</translation>
    </message>
    <message>
        <source>Set the status or change the price of all selected products</source>
        <translation>선택한 모든 상품의 상태나 가격을 한꺼번에 바꿉니다</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV 가져오기…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Save the products of the current filter as a CSV file</source>
        <translation>현재 필터의 상품을 CSV 파일로 저장합니다</translation>
    </message>
    <message numerus="yes">
        <source>Change %n selected…</source>
        <translation>
            <numerusform>선택한 %n개 변경…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 복제</translation>
    </message>
    <message>
        <source>Export products as CSV</source>
        <translation>상품을 CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
</context>
<context>
    <name>md::ui::SellerPicker</name>
    <message>
        <source>Search sellers by name…</source>
        <translation>판매자 이름으로 검색…</translation>
    </message>
    <message>
        <source>Sellers could not be loaded. %1</source>
        <translation>판매자 목록을 불러오지 못했습니다. %1</translation>
    </message>
    <message>
        <source>Chosen: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>선택됨: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No seller chosen yet: click one in the list.</source>
        <translation>아직 선택한 판매자가 없습니다. 목록에서 하나를 클릭하세요.</translation>
    </message>
    <message>
        <source>Loading sellers…</source>
        <translation>판매자를 불러오는 중…</translation>
    </message>
    <message>
        <source>There are no sellers yet.</source>
        <translation>아직 판매자가 없습니다.</translation>
    </message>
    <message>
        <source>No seller&apos;s name contains “%1”.</source>
        <translation>이름에 “%1”이(가) 들어간 판매자가 없습니다.</translation>
    </message>
</context>
<context>
    <name>md::ui::SellersPanel</name>
    <message>
        <source>Loading sellers…</source>
        <translation>판매자를 불러오는 중…</translation>
    </message>
    <message>
        <source>No sellers match this search.</source>
        <translation>검색어에 맞는 판매자가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s) loaded</source>
        <translation>
            <numerusform>판매자 %n곳 표시됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Search seller names…</source>
        <translation>판매자 이름 검색…</translation>
    </message>
    <message>
        <source>Reload from the server</source>
        <translation>서버에서 다시 불러오기</translation>
    </message>
    <message>
        <source>New seller</source>
        <translation>새 판매자</translation>
    </message>
    <message>
        <source>Sellers could not be loaded. %1</source>
        <translation>판매자 목록을 불러오지 못했습니다. %1</translation>
    </message>
    <message>
        <source>Seller “%1” created (ID %2).</source>
        <translation>판매자 “%1”을(를) 만들었습니다(ID %2).</translation>
    </message>
</context>
<context>
    <name>md::ui::UserDetailPane</name>
    <message>
        <source>Select a user to see and change their account.</source>
        <translation>사용자를 선택하면 계정을 보고 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>This is your own account. Another administrator must change your role, disable you or reset your password, so that nobody locks themselves out.</source>
        <translation>본인 계정입니다. 누구도 스스로를 잠그지 않도록, 본인의 역할 변경, 사용 중지, 비밀번호 재설정은 다른 관리자가 해야 합니다.</translation>
    </message>
    <message>
        <source>e.g. 김민수 (shown instead of the e-mail address)</source>
        <translation>예: 김민수 (이메일 주소 대신 표시됨)</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>변경 사항 저장</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>비밀번호 재설정…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>표시 이름:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>역할:</translation>
    </message>
    <message>
        <source>Seller:</source>
        <translation>판매자:</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>접근</translation>
    </message>
    <message>
        <source>Loading the user…</source>
        <translation>사용자를 불러오는 중…</translation>
    </message>
    <message>
        <source>This user does not exist.</source>
        <translation>존재하지 않는 사용자입니다.</translation>
    </message>
    <message>
        <source>The user could not be loaded. %1</source>
        <translation>사용자를 불러오지 못했습니다. %1</translation>
    </message>
    <message>
        <source>The user could not be reloaded. %1</source>
        <translation>사용자를 다시 불러오지 못했습니다. %1</translation>
    </message>
    <message>
        <source>seller %1</source>
        <translation>판매자 %1</translation>
    </message>
    <message>
        <source>Created %1 · last changed %2</source>
        <translation>생성 %1 · 마지막 변경 %2</translation>
    </message>
    <message>
        <source>Disabled: they cannot sign in. Re-enabling lets them sign in again with their password; sessions ended by disabling do not come back.</source>
        <translation>사용 중지됨: 로그인할 수 없습니다. 다시 사용하게 하면 기존 비밀번호로 로그인할 수 있지만, 사용 중지로 끝난 세션은 되살아나지 않습니다.</translation>
    </message>
    <message>
        <source>Active: they can sign in. Disabling or a new password ends all their sessions at once, on every server.</source>
        <translation>사용 중: 로그인할 수 있습니다. 사용 중지하거나 새 비밀번호를 정하면 모든 서버에서 이 사용자의 모든 세션이 즉시 끝납니다.</translation>
    </message>
    <message>
        <source>Re-enable…</source>
        <translation>다시 사용…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>사용 중지…</translation>
    </message>
    <message>
        <source>Not for your own account.</source>
        <translation>본인 계정에는 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Save or revert your changes first.</source>
        <translation>먼저 변경 사항을 저장하거나 되돌리세요.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>Make %1 a seller user of %2? They are signed out everywhere at once and sign in again as a seller.</source>
        <translation>%1을(를) %2의 판매자 사용자로 바꿀까요? 모든 곳에서 즉시 로그아웃되며 판매자로 다시 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>Change the role of %1 from %2 to %3? They are signed out everywhere at once and sign in again with the new role.</source>
        <translation>%1의 역할을 %2에서 %3(으)로 바꿀까요? 모든 곳에서 즉시 로그아웃되며 새 역할로 다시 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3? They are signed out everywhere at once and sign in again for the new seller.</source>
        <translation>%1의 소속을 %2에서 %3(으)로 옮길까요? 모든 곳에서 즉시 로그아웃되며 새 판매자로 다시 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>역할 변경</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>사용자 사용 중지</translation>
    </message>
    <message>
        <source>Disable %1 (%2)? They are signed out everywhere at once: every session ends now and they cannot sign in until re-enabled.</source>
        <translation>%1(%2)을(를) 사용 중지할까요? 모든 곳에서 즉시 로그아웃됩니다. 모든 세션이 지금 끝나고, 다시 사용하게 할 때까지 로그인할 수 없습니다.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>Re-enable user</source>
        <translation>사용자 다시 사용</translation>
    </message>
    <message>
        <source>Re-enable %1 (%2)? They can sign in again with their password.</source>
        <translation>%1(%2)을(를) 다시 사용하게 할까요? 기존 비밀번호로 다시 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation>다시 사용</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>비밀번호 재설정</translation>
    </message>
    <message>
        <source>Give %1 (%2) a new password? Their current password stops working and they are signed out everywhere at once. The new password is shown to you once, to pass on to them.</source>
        <translation>%1(%2)에게 새 비밀번호를 줄까요? 지금 비밀번호는 더 이상 쓸 수 없고 모든 곳에서 즉시 로그아웃됩니다. 새 비밀번호는 전달할 수 있도록 한 번만 보여 드립니다.</translation>
    </message>
    <message>
        <source>The change to %1 was not made. %2</source>
        <translation>%1에 대한 변경이 이루어지지 않았습니다. %2</translation>
    </message>
    <message>
        <source>Someone else changed this user meanwhile. The latest version is shown and your changes are still in the form: check them and save again.</source>
        <translation>그사이 다른 사람이 이 사용자를 변경했습니다. 최신 내용을 표시했으며 입력한 변경 사항은 양식에 그대로 있습니다. 확인한 뒤 다시 저장해 주세요.</translation>
    </message>
    <message>
        <source>Someone else changed this user meanwhile; the latest version is shown. Nothing was changed: try again if it is still needed.</source>
        <translation>그사이 다른 사람이 이 사용자를 변경해 최신 내용을 표시했습니다. 아무것도 바뀌지 않았으니 필요하면 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>You cannot remove your own administrator role or disable your own account.</source>
        <translation>본인의 관리자 역할을 없애거나 본인 계정을 사용 중지할 수 없습니다.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>이 사용자는 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Not saved: the server cannot be reached. Your changes are still here; save again when the connection is back.</source>
        <translation>저장하지 못했습니다: 서버에 연결할 수 없습니다. 입력한 내용은 그대로 있으니 연결되면 다시 저장해 주세요.</translation>
    </message>
    <message>
        <source>Nothing was changed: the server cannot be reached. Try again when the connection is back.</source>
        <translation>아무것도 바뀌지 않았습니다: 서버에 연결할 수 없습니다. 연결되면 다시 시도해 주세요.</translation>
    </message>
</context>
<context>
    <name>md::ui::UsersPanel</name>
    <message>
        <source>Loading users…</source>
        <translation>사용자를 불러오는 중…</translation>
    </message>
    <message>
        <source>No users match these filters.</source>
        <translation>조건에 맞는 사용자가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) loaded</source>
        <translation>
            <numerusform>사용자 %n명 표시됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Search e-mail or name…</source>
        <translation>이메일 또는 이름 검색…</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>모든 역할</translation>
    </message>
    <message>
        <source>Active and disabled</source>
        <translation>사용 중·사용 중지 모두</translation>
    </message>
    <message>
        <source>Reload from the server</source>
        <translation>서버에서 다시 불러오기</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>새 사용자</translation>
    </message>
    <message>
        <source>Users could not be loaded. %1</source>
        <translation>사용자 목록을 불러오지 못했습니다. %1</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>변경 사항을 버릴까요?</translation>
    </message>
    <message>
        <source>Your changes to %1 have not been saved. Show %2 and lose them?</source>
        <translation>%1에 대한 변경 사항을 저장하지 않았습니다. %2을(를) 표시하고 변경 사항을 버릴까요?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>계속 편집</translation>
    </message>
</context>
<context>
    <name>md::widgets::ErrorBanner</name>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>md::widgets::OfflineBanner</name>
    <message>
        <source>The server cannot be reached. Changes cannot be saved until the connection is back; the console keeps trying.</source>
        <translation>서버에 연결할 수 없습니다. 연결될 때까지 변경 사항을 저장할 수 없으며, 콘솔이 계속 연결을 시도합니다.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>지금 다시 시도</translation>
    </message>
</context>
<context>
    <name>md::widgets::TimeSeriesChart</name>
    <message>
        <source>No data in this time range.</source>
        <translation>이 시간 범위에는 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many requests. Try again in %n second.</numerusform>
            <numerusform>Too many requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests. Try again shortly.</source>
        <translation>Too many requests. Try again shortly.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Your role may not do this.</translation>
    </message>
    <message>
        <source>The server could not complete the request%1.</source>
        <translation>The server could not complete the request%1.</translation>
    </message>
    <message>
        <source>The server sent an answer the console does not understand: %1</source>
        <translation>The server sent an answer the console does not understand: %1</translation>
    </message>
    <message>
        <source>The request failed (%1).</source>
        <translation>The request failed (%1).</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>The server cannot be reached.</translation>
    </message>
    <message>
        <source>The change may or may not have been applied — reload before retrying.</source>
        <translation>The change may or may not have been applied — reload before retrying.</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <source>The file is larger than the 20 MiB the server accepts. Split it into smaller files.</source>
        <translation>The file is larger than the 20 MiB the server accepts. Split it into smaller files.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.</source>
        <translation>The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.</translation>
    </message>
    <message>
        <source>The file has a header but no products.</source>
        <translation>The file has a header but no products.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>The file cannot be opened: %1</translation>
    </message>
</context>
<context>
    <name>DashboardDefinition</name>
    <message>
        <source>panel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panel %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be 1–64 characters of a–z, 0–9, _ and -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;title&quot; needs an English text (&quot;en&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown &quot;unit&quot; &quot;%1&quot;; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;queries&quot; must list at least one query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query %1 has no &quot;expr&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dashboard must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished">Dashboard</translation>
    </message>
    <message>
        <source>&quot;scrape_interval&quot; &quot;%1&quot; is not a duration like &quot;15s&quot; or &quot;1m&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;panels&quot; must list at least one panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panel %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panel %1: the id &quot;%2&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricUnit</name>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders/min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementReason</name>
    <message>
        <source>Reserved for an order</source>
        <translation>Reserved for an order</translation>
    </message>
    <message>
        <source>Shipped with an order</source>
        <translation>Shipped with an order</translation>
    </message>
    <message>
        <source>Order cancelled, reservation released</source>
        <translation>Order cancelled, reservation released</translation>
    </message>
    <message>
        <source>Order refunded</source>
        <translation>Order refunded</translation>
    </message>
    <message>
        <source>Returned to stock with a refund</source>
        <translation>Returned to stock with a refund</translation>
    </message>
    <message>
        <source>Stock count correction</source>
        <translation>Stock count correction</translation>
    </message>
    <message>
        <source>Initial stock</source>
        <translation>Initial stock</translation>
    </message>
    <message>
        <source>Manual adjustment</source>
        <translation>Manual adjustment</translation>
    </message>
</context>
<context>
    <name>OpsErrorText</name>
    <message>
        <source> (server: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus is not configured on the server: set MARKETDESK_PROMETHEUS_URL and restart it.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot reach Prometheus. Check that Prometheus is running and that MARKETDESK_PROMETHEUS_URL points at it.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus refused this panel&apos;s query: %1. Fix the query in the dashboard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This range needs too many points; choose a shorter range.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not view metrics; operators and administrators can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not set up for this yet%1. An administrator configures it on the server (MARKETDESK_KUBE_MODE or MARKETDESK_PROMETHEUS_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kubernetes API server does not answer%1. Check that the cluster is up and reachable from the server, then reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus does not answer%1. Check that it is running and reachable from the server, then reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Deployment kept changing while this was applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDetailText</name>
    <message>
        <source>Placed %1 · customer details hidden</source>
        <translation>Placed %1 · customer details hidden</translation>
    </message>
    <message>
        <source>Placed %1 by %2</source>
        <translation>Placed %1 by %2</translation>
    </message>
    <message>
        <source>Customers&apos; personal data is not shown to your role.</source>
        <translation>Customers&apos; personal data is not shown to your role.</translation>
    </message>
    <message>
        <source> (%1 restocked)</source>
        <translation> (%1 restocked)</translation>
    </message>
    <message>
        <source>Subtotal %1 · &lt;b&gt;Total %2&lt;/b&gt;</source>
        <translation>Subtotal %1 · &lt;b&gt;Total %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Refunded %1 · refundable %2</source>
        <translation>&lt;br&gt;Refunded %1 · refundable %2</translation>
    </message>
    <message>
        <source>Hidden: your role does not see customers&apos; names, phone numbers or addresses.</source>
        <translation>Hidden: your role does not see customers&apos; names, phone numbers or addresses.</translation>
    </message>
    <message>
        <source>No address given.</source>
        <translation>No address given.</translation>
    </message>
    <message>
        <source>Shipped with %1, tracking number %2</source>
        <translation>Shipped with %1, tracking number %2</translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation>No events recorded.</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> by %1</translation>
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
        <translation>Refund %1%2%3</translation>
    </message>
    <message>
        <source>Note added%1</source>
        <translation>Note added%1</translation>
    </message>
    <message>
        <source>Order placed%1</source>
        <translation>Order placed%1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source> · by %1</source>
        <translation> · by %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
</context>
<context>
    <name>PageCatalog</name>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>ProductField</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Compare-at price</source>
        <translation>Compare-at price</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ProductStatus</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>PrometheusMatrix</name>
    <message>
        <source>Prometheus answered with an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no &quot;status&quot;: &quot;success&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a matrix result, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix has no &quot;result&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series %1 has no &quot;values&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series %1 has a sample that is not [seconds, &quot;value&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series %1 has a value that is not a number: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryStep</name>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
</context>
<context>
    <name>RolloutState</name>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableStatus</name>
    <message>
        <source> · loading more…</source>
        <translation> · loading more…</translation>
    </message>
    <message>
        <source> · scroll down for more</source>
        <translation> · scroll down for more</translation>
    </message>
</context>
<context>
    <name>UserRules</name>
    <message>
        <source>Enter the person&apos;s e-mail address.</source>
        <translation>Enter the person&apos;s e-mail address.</translation>
    </message>
    <message>
        <source>An e-mail address has %1–%2 characters.</source>
        <translation>An e-mail address has %1–%2 characters.</translation>
    </message>
    <message>
        <source>An e-mail address has no spaces.</source>
        <translation>An e-mail address has no spaces.</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>Enter an e-mail address like name@example.com.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>A password has at least %1 characters.</translation>
    </message>
    <message>
        <source>This password is too long (at most %1 bytes).</source>
        <translation>This password is too long (at most %1 bytes).</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>A name has at most %1 characters.</translation>
    </message>
    <message>
        <source>A name cannot contain control characters.</source>
        <translation>A name cannot contain control characters.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Choose a role.</translation>
    </message>
    <message>
        <source>Choose the seller this person works for.</source>
        <translation>Choose the seller this person works for.</translation>
    </message>
    <message>
        <source>Only seller users belong to a seller.</source>
        <translation>Only seller users belong to a seller.</translation>
    </message>
    <message>
        <source>Enter the seller&apos;s name.</source>
        <translation>Enter the seller&apos;s name.</translation>
    </message>
</context>
<context>
    <name>UserStatus</name>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Marketdesk console for sellers and support staff.</source>
        <translation>Marketdesk console for sellers and support staff.</translation>
    </message>
    <message>
        <source>Address of marketdesk-server, e.g. http://127.0.0.1:8080.</source>
        <translation>Address of marketdesk-server, e.g. http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>E-mail address to sign in with.</source>
        <translation>E-mail address to sign in with.</translation>
    </message>
</context>
<context>
    <name>md::app::MainWindow</name>
    <message>
        <source>Marketdesk — %1</source>
        <translation>Marketdesk — %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>&lt;b&gt;Marketdesk&lt;/b&gt;</source>
        <translation>&lt;b&gt;Marketdesk&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Marketdesk</source>
        <translation>&amp;About Marketdesk</translation>
    </message>
    <message>
        <source>About Marketdesk</source>
        <translation>About Marketdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Marketdesk console&lt;/b&gt; %1&lt;br&gt;Server: %2</source>
        <translation>&lt;b&gt;Marketdesk console&lt;/b&gt; %1&lt;br&gt;Server: %2</translation>
    </message>
    <message>
        <source>The language changes the next time the console starts.</source>
        <translation>The language changes the next time the console starts.</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>○ Not live</source>
        <translation>○ Not live</translation>
    </message>
    <message>
        <source>Changes made elsewhere appear here as they happen.</source>
        <translation>Changes made elsewhere appear here as they happen.</translation>
    </message>
    <message>
        <source>Live updates are not connected; use the reload buttons.</source>
        <translation>Live updates are not connected; use the reload buttons.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Discard unsaved changes?</source>
        <translation>Discard unsaved changes?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Some changes have not been saved. Sign out and lose them?</source>
        <translation>Some changes have not been saved. Sign out and lose them?</translation>
    </message>
    <message>
        <source>Some changes have not been saved. Close the console and lose them?</source>
        <translation>Some changes have not been saved. Close the console and lose them?</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Alerts</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) firing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::app::Session</name>
    <message>
        <source>The server at %1 cannot be reached.</source>
        <translation>The server at %1 cannot be reached.</translation>
    </message>
    <message>
        <source>Your previous session has ended. Sign in again.</source>
        <translation>Your previous session has ended. Sign in again.</translation>
    </message>
    <message>
        <source>Your session has ended (signed out elsewhere, or the account changed). Sign in again.</source>
        <translation>Your session has ended (signed out elsewhere, or the account changed). Sign in again.</translation>
    </message>
</context>
<context>
    <name>md::app::ShortcutsDialog</name>
    <message>
        <source>Search in the current page</source>
        <translation>Search in the current page</translation>
    </message>
    <message>
        <source>Reload the current page</source>
        <translation>Reload the current page</translation>
    </message>
    <message>
        <source>Save the open form</source>
        <translation>Save the open form</translation>
    </message>
    <message>
        <source>Close the open form</source>
        <translation>Close the open form</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Go to %1</translation>
    </message>
    <message>
        <source>New item (product; user or seller on People)</source>
        <translation>New item (product; user or seller on People)</translation>
    </message>
</context>
<context>
    <name>md::app::TokenStore</name>
    <message>
        <source>No keychain is available on this computer (%1), so the console cannot keep you signed in: your session is kept in memory only and ends when you quit.</source>
        <translation>No keychain is available on this computer (%1), so the console cannot keep you signed in: your session is kept in memory only and ends when you quit.</translation>
    </message>
</context>
<context>
    <name>md::app::ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>md::models::AlertListModel</name>
    <message numerus="yes">
        <source>for %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::models::ApiClient</name>
    <message>
        <source>No server address is set.</source>
        <translation>No server address is set.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Your session has ended. Sign in again.</translation>
    </message>
    <message>
        <source>The token refresh answer has no tokens.</source>
        <translation>The token refresh answer has no tokens.</translation>
    </message>
</context>
<context>
    <name>md::models::Authenticator</name>
    <message>
        <source>The sign-in answer has no tokens.</source>
        <translation>The sign-in answer has no tokens.</translation>
    </message>
    <message>
        <source>This console is for sellers and staff. Customers shop in the storefront.</source>
        <translation>This console is for sellers and staff. Customers shop in the storefront.</translation>
    </message>
</context>
<context>
    <name>md::models::CatalogTransfer</name>
    <message>
        <source>The console has no connection to a server.</source>
        <translation>The console has no connection to a server.</translation>
    </message>
</context>
<context>
    <name>md::models::DeploymentListModel</name>
    <message>
        <source>%1 updated · %2 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired %1 · ready %2 · updated %3 · available %4 · unavailable %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::models::ImportErrorTableModel</name>
    <message>
        <source>(whole row)</source>
        <translation>(whole row)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>md::models::InventoryListModel</name>
    <message numerus="yes">
        <source>Low stock: %n available, threshold %1</source>
        <translation>
            <numerusform>Low stock: %n available, threshold %1</numerusform>
            <numerusform>Low stock: %n available, threshold %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Low-stock threshold: with this many or fewer available, the product counts as low on stock.</source>
        <translation>Low-stock threshold: with this many or fewer available, the product counts as low on stock.</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Low at</translation>
    </message>
</context>
<context>
    <name>md::models::OrderListModel</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation>Placed at</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Customers&apos; personal data is not shown to your role.</source>
        <translation>Customers&apos; personal data is not shown to your role.</translation>
    </message>
</context>
<context>
    <name>md::models::ProductBulkUpdater</name>
    <message>
        <source>The new price would be below zero.</source>
        <translation>The new price would be below zero.</translation>
    </message>
    <message>
        <source>Changed by someone else since it was loaded; reload and try again.</source>
        <translation>Changed by someone else since it was loaded; reload and try again.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>The product no longer exists.</translation>
    </message>
    <message>
        <source>Not sent: cancelled.</source>
        <translation>Not sent: cancelled.</translation>
    </message>
    <message>
        <source>Already so; nothing to change.</source>
        <translation>Already so; nothing to change.</translation>
    </message>
    <message>
        <source>Changed.</source>
        <translation>Changed.</translation>
    </message>
</context>
<context>
    <name>md::models::ProductExportJob</name>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>The file cannot be written: %1</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>md::models::SellerListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>md::models::UserListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>md::ui::AdjustStockDialog</name>
    <message>
        <source>Adjust stock — %1</source>
        <translation>Adjust stock — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;On hand %2 · reserved %3 · available %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;On hand %2 · reserved %3 · available %4</translation>
    </message>
    <message>
        <source>Positive adds stock, negative removes it.</source>
        <translation>Positive adds stock, negative removes it.</translation>
    </message>
    <message>
        <source>Received a delivery</source>
        <translation>Received a delivery</translation>
    </message>
    <message>
        <source>Stock count correction</source>
        <translation>Stock count correction</translation>
    </message>
    <message>
        <source>Damaged or lost</source>
        <translation>Damaged or lost</translation>
    </message>
    <message>
        <source>Returned by a customer</source>
        <translation>Returned by a customer</translation>
    </message>
    <message>
        <source>Why the stock changes</source>
        <translation>Why the stock changes</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Change:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Adjust</translation>
    </message>
    <message>
        <source>On hand would be %1, below the %2 reserved for orders.</source>
        <translation>On hand would be %1, below the %2 reserved for orders.</translation>
    </message>
    <message>
        <source>On hand becomes %1 (available %2).</source>
        <translation>On hand becomes %1 (available %2).</translation>
    </message>
    <message>
        <source>Enter a reason; it is kept in the movement history.</source>
        <translation>Enter a reason; it is kept in the movement history.</translation>
    </message>
    <message>
        <source>Not changed: %1 Reload to see the current level.</source>
        <translation>Not changed: %1 Reload to see the current level.</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Discard this adjustment?</source>
        <translation>Discard this adjustment?</translation>
    </message>
    <message>
        <source>The stock change you entered has not been saved. Close the dialog anyway?</source>
        <translation>The stock change you entered has not been saved. Close the dialog anyway?</translation>
    </message>
</context>
<context>
    <name>md::ui::AlertsPage</name>
    <message>
        <source>Reload</source>
        <translation type="unfinished">Reload</translation>
    </message>
    <message>
        <source>Ask Prometheus now (it is asked every 30 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing and pending alerts from Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n firing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>checked at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::CreateSellerDialog</name>
    <message>
        <source>New seller</source>
        <translation>New seller</translation>
    </message>
    <message>
        <source>e.g. 서울상회</source>
        <translation>e.g. 서울상회</translation>
    </message>
    <message>
        <source>A seller is a shop with its own catalog, stock and orders. Its people sign in as seller users tied to it (Users ▸ New user, role Seller).</source>
        <translation>A seller is a shop with its own catalog, stock and orders. Its people sign in as seller users tied to it (Users ▸ New user, role Seller).</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Create seller</source>
        <translation>Create seller</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Not created: the server cannot be reached. The name is still here; try again when the connection is back.</source>
        <translation>Not created: the server cannot be reached. The name is still here; try again when the connection is back.</translation>
    </message>
    <message>
        <source>Not created. %1</source>
        <translation>Not created. %1</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <source>Discard this seller?</source>
        <translation>Discard this seller?</translation>
    </message>
    <message>
        <source>The new seller has not been created. Close the form and lose the name you entered?</source>
        <translation>The new seller has not been created. Close the form and lose the name you entered?</translation>
    </message>
</context>
<context>
    <name>md::ui::CreateUserDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>optional, e.g. 김민수</source>
        <translation>optional, e.g. 김민수</translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation>Choose a role</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Fill in a strong random password and show it, to pass on to the person</source>
        <translation>Fill in a strong random password and show it, to pass on to the person</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Seller:</source>
        <translation>Seller:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>The person signs in with this e-mail address and password. Pass the password on in a safe way; the console does not keep it.</source>
        <translation>The person signs in with this e-mail address and password. Pass the password on in a safe way; the console does not keep it.</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Create user</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Someone already signs in with this e-mail address.</source>
        <translation>Someone already signs in with this e-mail address.</translation>
    </message>
    <message>
        <source>Not created: the server cannot be reached. What you entered is still here; try again when the connection is back.</source>
        <translation>Not created: the server cannot be reached. What you entered is still here; try again when the connection is back.</translation>
    </message>
    <message>
        <source>Not created. %1</source>
        <translation>Not created. %1</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <source>Discard this user?</source>
        <translation>Discard this user?</translation>
    </message>
    <message>
        <source>The new user has not been created. Close the form and lose what you entered?</source>
        <translation>The new user has not been created. Close the form and lose what you entered?</translation>
    </message>
</context>
<context>
    <name>md::ui::DashboardPage</name>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished">Last 7 days</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished">Custom range</translation>
    </message>
    <message>
        <source>Start of the custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload every panel now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom range must start before it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom range may span at most 32 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::DashboardPanel</name>
    <message>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this panel as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this panel&apos;s data (every sample) as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sample every %1 (from the range and the chart&apos;s width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save panel as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save panel data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::DeploymentActionsPanel</name>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired number of pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every pod, a few at a time, with the same template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container whose image changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry/repository:tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the rollout continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the rollout where it is; changes to the template wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1 from %2 to %3 replicas in namespace %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With 0 replicas the service stops answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restart %1 in namespace %2? All %n pod(s) are replaced, a few at a time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the rollout of %1 in namespace %2? Pods stay as they are until it is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the rollout of %1 in namespace %2? Pending template changes roll out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the image of container %1 of %2 in namespace %3 from %4 to %5? Every pod is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll %1 in namespace %2 back from revision %3 to revision %4 (%5)? Every pod is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::DeploymentDetailPane</name>
    <message>
        <source>Roll back to selected revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a deployment to see its pods, history and events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">Updated</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Created</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tail and follow the selected pod&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest state could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace %1 · %2 · revision %3 · desired %4, ready %5, updated %6, available %7 · generation %8 (observed %9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this revision&apos;s pod template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an earlier revision in the history first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision history (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::DeploymentsPage</name>
    <message>
        <source>Loading deployments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployments match this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deployment name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from the server</source>
        <translation type="unfinished">Reload from the server</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace &lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — &lt;b&gt;not connected&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Simulated cluster&lt;/b&gt; — not a real Kubernetes cluster. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This namespace has no deployments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::GuardedDialog</name>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>md::ui::InventoryPage</name>
    <message>
        <source>Loading stock levels…</source>
        <translation>Loading stock levels…</translation>
    </message>
    <message>
        <source>No products match these filters.</source>
        <translation>No products match these filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) loaded</source>
        <translation>
            <numerusform>%n product loaded</numerusform>
            <numerusform>%n products loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>Search title or SKU…</source>
        <translation>Search title or SKU…</translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation>Low stock only</translation>
    </message>
    <message>
        <source>Reload from the server</source>
        <translation>Reload from the server</translation>
    </message>
    <message>
        <source>Adjust stock…</source>
        <translation>Adjust stock…</translation>
    </message>
    <message>
        <source>Select a product to see how its stock changed.</source>
        <translation>Select a product to see how its stock changed.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Stock levels could not be loaded. %1</source>
        <translation>Stock levels could not be loaded. %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — movement history</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) — movement history</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The history could not be loaded. %1</source>
        <translation>The history could not be loaded. %1</translation>
    </message>
    <message>
        <source>No stock changes recorded yet.</source>
        <translation>No stock changes recorded yet.</translation>
    </message>
    <message>
        <source> (order #%1)</source>
        <translation> (order #%1)</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
</context>
<context>
    <name>md::ui::LogViewerDialog</name>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last %1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of the container instance before its last restart (after a crash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-scroll paused — scroll to the end to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deployment has no pods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log stream stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log stream ended (the pod may have stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n line(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (oldest %1 dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n matching line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::LoginDialog</name>
    <message>
        <source>Enter the server address.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <source>“%1” is not a server address such as http://127.0.0.1:8080.</source>
        <translation>“%1” is not a server address such as http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Sign in to Marketdesk</source>
        <translation>Sign in to Marketdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Marketdesk console&lt;/b&gt;&lt;br&gt;For sellers and support staff</source>
        <translation>&lt;b&gt;Marketdesk console&lt;/b&gt;&lt;br&gt;For sellers and support staff</translation>
    </message>
    <message>
        <source>name@example.kr</source>
        <translation>name@example.kr</translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation>Keep me signed in on this computer</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Enter the e-mail address you sign in with.</source>
        <translation>Enter the e-mail address you sign in with.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and that the server is running.</source>
        <translation>Cannot reach the server at %1. Check the address and that the server is running.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>The e-mail address or the password is wrong.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again later.</source>
        <translation>Too many failed attempts. Try again later.</translation>
    </message>
</context>
<context>
    <name>md::ui::OrderActionDialog</name>
    <message>
        <source>Ship order %1</source>
        <translation>Ship order %1</translation>
    </message>
    <message>
        <source>The customer sees the carrier and tracking number.</source>
        <translation>The customer sees the carrier and tracking number.</translation>
    </message>
    <message>
        <source>CJ Logistics</source>
        <translation>CJ Logistics</translation>
    </message>
    <message>
        <source>Hanjin Express</source>
        <translation>Hanjin Express</translation>
    </message>
    <message>
        <source>Lotte Global Logistics</source>
        <translation>Lotte Global Logistics</translation>
    </message>
    <message>
        <source>Korea Post</source>
        <translation>Korea Post</translation>
    </message>
    <message>
        <source>Logen</source>
        <translation>Logen</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>Carrier:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Tracking number:</translation>
    </message>
    <message>
        <source>Mark as shipped</source>
        <translation>Mark as shipped</translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation>Cancel order %1</translation>
    </message>
    <message>
        <source>Cancelling releases the reserved stock. It cannot be undone.</source>
        <translation>Cancelling releases the reserved stock. It cannot be undone.</translation>
    </message>
    <message>
        <source>e.g. the customer asked to cancel</source>
        <translation>e.g. the customer asked to cancel</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <source>Refund order %1</source>
        <translation>Refund order %1</translation>
    </message>
    <message>
        <source>Up to %1 can still be refunded.</source>
        <translation>Up to %1 can still be refunded.</translation>
    </message>
    <message>
        <source>e.g. damaged in delivery</source>
        <translation>e.g. damaged in delivery</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Enter the carrier and the tracking number.</source>
        <translation>Enter the carrier and the tracking number.</translation>
    </message>
    <message>
        <source>Enter a reason; it is kept in the order&apos;s history.</source>
        <translation>Enter a reason; it is kept in the order&apos;s history.</translation>
    </message>
    <message>
        <source>Enter an amount between %1 and %2.</source>
        <translation>Enter an amount between %1 and %2.</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>Amount (%1):</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Units going back to stock (returned goods):</source>
        <translation>Units going back to stock (returned goods):</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Restock</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>What you entered in this form has not been sent. Close it anyway?</source>
        <translation>What you entered in this form has not been sent. Close it anyway?</translation>
    </message>
</context>
<context>
    <name>md::ui::OrderActionFlow</name>
    <message>
        <source>Mark as paid</source>
        <translation>Mark as paid</translation>
    </message>
    <message>
        <source>Ship…</source>
        <translation>Ship…</translation>
    </message>
    <message>
        <source>Mark as delivered</source>
        <translation>Mark as delivered</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Cancel order…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Refund…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Record payment for order %1 (%2)?</source>
        <translation>Record payment for order %1 (%2)?</translation>
    </message>
    <message>
        <source>Record that order %1 was delivered?</source>
        <translation>Record that order %1 was delivered?</translation>
    </message>
    <message>
        <source>Mark order %1 as shipped with %2, tracking number %3?</source>
        <translation>Mark order %1 as shipped with %2, tracking number %3?</translation>
    </message>
    <message>
        <source>Mark as shipped</source>
        <translation>Mark as shipped</translation>
    </message>
    <message>
        <source>Cancel order %1? Its reserved stock is released; this cannot be undone.</source>
        <translation>Cancel order %1? Its reserved stock is released; this cannot be undone.</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message numerus="yes">
        <source>Refund %1 for order %2 and put %n unit(s) back in stock?</source>
        <translation>
            <numerusform>Refund %1 for order %2 and put %n unit back in stock?</numerusform>
            <numerusform>Refund %1 for order %2 and put %n units back in stock?</numerusform>
        </translation>
    </message>
    <message>
        <source>Refund %1 for order %2?</source>
        <translation>Refund %1 for order %2?</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>The note was not saved. %1</source>
        <translation>The note was not saved. %1</translation>
    </message>
    <message>
        <source>The order&apos;s state changed meanwhile; it was reloaded. %1</source>
        <translation>The order&apos;s state changed meanwhile; it was reloaded. %1</translation>
    </message>
</context>
<context>
    <name>md::ui::OrderDetailPane</name>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation>Select an order to see its details.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Line total</translation>
    </message>
    <message>
        <source>Write a note for colleagues (customers do not see it)…</source>
        <translation>Write a note for colleagues (customers do not see it)…</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Shipping address</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Loading the order…</source>
        <translation>Loading the order…</translation>
    </message>
    <message>
        <source>The order could not be reloaded. %1</source>
        <translation>The order could not be reloaded. %1</translation>
    </message>
    <message>
        <source>This order does not exist or is not yours to see.</source>
        <translation>This order does not exist or is not yours to see.</translation>
    </message>
    <message>
        <source>The order could not be loaded. %1</source>
        <translation>The order could not be loaded. %1</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
</context>
<context>
    <name>md::ui::OrdersPage</name>
    <message>
        <source>Loading orders…</source>
        <translation>Loading orders…</translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation>No orders match these filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) loaded</source>
        <translation>
            <numerusform>%n order loaded</numerusform>
            <numerusform>%n orders loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>Order number, customer e-mail, product…</source>
        <translation>Order number, customer e-mail, product…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Show %1 orders; with none selected, every status shows</source>
        <translation>Show %1 orders; with none selected, every status shows</translation>
    </message>
    <message>
        <source>Reload from the server</source>
        <translation>Reload from the server</translation>
    </message>
    <message>
        <source>Orders changed — show the latest</source>
        <translation>Orders changed — show the latest</translation>
    </message>
    <message>
        <source>Orders could not be loaded. %1</source>
        <translation>Orders could not be loaded. %1</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>Orders placed on or after this day</source>
        <translation>Orders placed on or after this day</translation>
    </message>
    <message>
        <source>Orders placed on or before this day</source>
        <translation>Orders placed on or before this day</translation>
    </message>
    <message>
        <source>Placed:</source>
        <translation>Placed:</translation>
    </message>
    <message>
        <source>New order %1 · %2 · %3</source>
        <translation>New order %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Order number, product…</source>
        <translation>Order number, product…</translation>
    </message>
</context>
<context>
    <name>md::ui::PasswordRevealDialog</name>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>The new password of &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>The new password of &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>&lt;b&gt;This password is shown only once.&lt;/b&gt; Copy it now and give it to them in a safe way. When you close this window it cannot be shown again; if it is lost, reset the password again.</source>
        <translation>&lt;b&gt;This password is shown only once.&lt;/b&gt; Copy it now and give it to them in a safe way. When you close this window it cannot be shown again; if it is lost, reset the password again.</translation>
    </message>
    <message>
        <source>I have copied it</source>
        <translation>I have copied it</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>md::ui::PeoplePage</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Sellers</translation>
    </message>
</context>
<context>
    <name>md::ui::ProductBulkDialog</name>
    <message numerus="yes">
        <source>Change %n product(s)</source>
        <translation>
            <numerusform>Change %n product</numerusform>
            <numerusform>Change %n products</numerusform>
        </translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>Change price by an amount (₩)</source>
        <translation>Change price by an amount (₩)</translation>
    </message>
    <message>
        <source>Change price by a percentage (%)</source>
        <translation>Change price by a percentage (%)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n product(s)</source>
        <translation>
            <numerusform>Apply to %n product</numerusform>
            <numerusform>Apply to %n products</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Change:</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <source>Every selected product gets this status.</source>
        <translation>Every selected product gets this status.</translation>
    </message>
    <message>
        <source>e.g. 1,000 or -500</source>
        <translation>e.g. 1,000 or -500</translation>
    </message>
    <message>
        <source>Adds the amount in won to each price; a negative amount lowers it. A price cannot go below zero.</source>
        <translation>Adds the amount in won to each price; a negative amount lowers it. A price cannot go below zero.</translation>
    </message>
    <message>
        <source>e.g. 10 or -7.5</source>
        <translation>e.g. 10 or -7.5</translation>
    </message>
    <message>
        <source>Changes each price by this percentage (up to two decimals), rounded to the nearest won; exactly half a won rounds away from zero (₩19,995 + 10% = ₩21,995).</source>
        <translation>Changes each price by this percentage (up to two decimals), rounded to the nearest won; exactly half a won rounds away from zero (₩19,995 + 10% = ₩21,995).</translation>
    </message>
    <message>
        <source>Enter a percentage between -100 and 1000, e.g. 10 or -7.5.</source>
        <translation>Enter a percentage between -100 and 1000, e.g. 10 or -7.5.</translation>
    </message>
    <message>
        <source>Enter an amount in whole won, e.g. 1,000 or -500.</source>
        <translation>Enter an amount in whole won, e.g. 1,000 or -500.</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>No change</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Enter a value.</translation>
    </message>
    <message>
        <source>Saving… at most %1 at a time.</source>
        <translation>Saving… at most %1 at a time.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>✔ Changed</source>
        <translation>✔ Changed</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message>
        <source>The failed products are marked in the table.</source>
        <translation>The failed products are marked in the table.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::ProductConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Someone saved “%1” (now version %2) after you opened it. These fields differ; those you both changed are marked ⚠.</source>
        <translation>Someone saved “%1” (now version %2) after you opened it. These fields differ; those you both changed are marked ⚠.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Reload theirs</translation>
    </message>
    <message>
        <source>Discard your changes and show the server&apos;s version in the editor.</source>
        <translation>Discard your changes and show the server&apos;s version in the editor.</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>Overwrite with mine</translation>
    </message>
    <message>
        <source>Save the fields you changed on top of the server&apos;s version.</source>
        <translation>Save the fields you changed on top of the server&apos;s version.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>md::ui::ProductEditorDialog</name>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>e.g. 12,000</source>
        <translation>e.g. 12,000</translation>
    </message>
    <message>
        <source>optional: the former price shown crossed out</source>
        <translation>optional: the former price shown crossed out</translation>
    </message>
    <message>
        <source>Seller ID:</source>
        <translation>Seller ID:</translation>
    </message>
    <message>
        <source>SKU:</source>
        <translation>SKU:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Price (₩):</source>
        <translation>Price (₩):</translation>
    </message>
    <message>
        <source>Compare-at price (₩):</source>
        <translation>Compare-at price (₩):</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Enter a SKU.</source>
        <translation>Enter a SKU.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>Enter a title.</translation>
    </message>
    <message>
        <source>Enter the price in whole won, e.g. 12,000.</source>
        <translation>Enter the price in whole won, e.g. 12,000.</translation>
    </message>
    <message>
        <source>Enter an amount in whole won, or leave it empty.</source>
        <translation>Enter an amount in whole won, or leave it empty.</translation>
    </message>
    <message>
        <source>Another product of this seller already has this SKU.</source>
        <translation>Another product of this seller already has this SKU.</translation>
    </message>
    <message>
        <source>Not saved: the server cannot be reached. Your changes are still here; save again when the connection is back.</source>
        <translation>Not saved: the server cannot be reached. Your changes are still here; save again when the connection is back.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Reloaded the latest version (version %1). Your changes were discarded.</source>
        <translation>Reloaded the latest version (version %1). Your changes were discarded.</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Discard your changes?</translation>
    </message>
    <message>
        <source>Your changes to this product have not been saved. Close the editor anyway?</source>
        <translation>Your changes to this product have not been saved. Close the editor anyway?</translation>
    </message>
</context>
<context>
    <name>md::ui::ProductExportDialog</name>
    <message>
        <source>Export products</source>
        <translation>Export products</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n product(s) (%1).</source>
        <translation>
            <numerusform>Saved %n product (%1).</numerusform>
            <numerusform>Saved %n products (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed; no file was written. %1</source>
        <translation>The export failed; no file was written. %1</translation>
    </message>
    <message>
        <source>Exporting the products of the current filter to %1</source>
        <translation>Exporting the products of the current filter to %1</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Waiting for the server…</translation>
    </message>
    <message numerus="yes">
        <source>%1 received, %n product(s)</source>
        <translation>
            <numerusform>%1 received, %n product</numerusform>
            <numerusform>%1 received, %n products</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>md::ui::ProductImportDialog</name>
    <message>
        <source>Import products from CSV</source>
        <translation>Import products from CSV</translation>
    </message>
    <message>
        <source>Choose a CSV file (UTF-8, with or without BOM) with the columns of an export: sku is required; seller_id, title, description, category, price_cents, compare_at_cents, currency, status, attributes and images are optional. Products are matched by SKU: new SKUs are created, existing ones updated.</source>
        <translation>Choose a CSV file (UTF-8, with or without BOM) with the columns of an export: sku is required; seller_id, title, description, category, price_cents, compare_at_cents, currency, status, attributes and images are optional. Products are matched by SKU: new SKUs are created, existing ones updated.</translation>
    </message>
    <message>
        <source>Path of the CSV file</source>
        <translation>Path of the CSV file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>from the file</translation>
    </message>
    <message>
        <source>The seller of rows whose seller_id cell is empty.</source>
        <translation>The seller of rows whose seller_id cell is empty.</translation>
    </message>
    <message>
        <source>Default seller ID:</source>
        <translation>Default seller ID:</translation>
    </message>
    <message>
        <source>Import only the valid rows and skip the rows listed above</source>
        <translation>Import only the valid rows and skip the rows listed above</translation>
    </message>
    <message>
        <source>%p% sent</source>
        <translation>%p% sent</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>Check file</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>File sent. The server is checking and saving %n product(s)…</source>
        <translation>
            <numerusform>File sent. The server is checking and saving %n product…</numerusform>
            <numerusform>File sent. The server is checking and saving %n products…</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 1 of 3: choose the file</source>
        <translation>Step 1 of 3: choose the file</translation>
    </message>
    <message>
        <source>Step 2 of 3: check the rows (nothing has been changed yet)</source>
        <translation>Step 2 of 3: check the rows (nothing has been changed yet)</translation>
    </message>
    <message>
        <source>Step 3 of 3: import</source>
        <translation>Step 3 of 3: import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read (%1). The server is checking them…</source>
        <translation>
            <numerusform>%n row read (%1). The server is checking them…</numerusform>
            <numerusform>%n rows read (%1). The server is checking them…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>%1 new, %2 updated, %3 unchanged</translation>
    </message>
    <message>
        <source>The file could not be checked. %1</source>
        <translation>The file could not be checked. %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are valid: %1. Nothing has been changed yet; press Import to save them.</source>
        <translation>
            <numerusform>The %n row is valid: %1. Nothing has been changed yet; press Import to save it.</numerusform>
            <numerusform>All %n rows are valid: %1. Nothing has been changed yet; press Import to save them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, listed below by line of the file (the header is line 1). Nothing has been changed. Correct the file and check it again, or import only the valid rows.</source>
        <translation>
            <numerusform>%n row has problems, listed below by line of the file (the header is line 1). Nothing has been changed. Correct the file and check it again, or import only the valid rows.</numerusform>
            <numerusform>%n rows have problems, listed below by line of the file (the header is line 1). Nothing has been changed. Correct the file and check it again, or import only the valid rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first 1,000 problems are listed.</source>
        <translation>Only the first 1,000 problems are listed.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s)…</source>
        <translation>
            <numerusform>Sending %n row…</numerusform>
            <numerusform>Sending %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Imported: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems were skipped.</source>
        <translation>
            <numerusform>%n row with problems was skipped.</numerusform>
            <numerusform>%n rows with problems were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>The server refused the import; nothing was changed. Go back to see the problems.</source>
        <translation>The server refused the import; nothing was changed. Go back to see the problems.</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed. %1</source>
        <translation>The import failed; nothing was changed. %1</translation>
    </message>
    <message>
        <source>Cancelled. If the file had been sent completely, the server may still have imported it; reload the list to see.</source>
        <translation>Cancelled. If the file had been sent completely, the server may still have imported it; reload the list to see.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>md::ui::ProductsPage</name>
    <message>
        <source>Loading products…</source>
        <translation>Loading products…</translation>
    </message>
    <message>
        <source>No products match these filters.</source>
        <translation>No products match these filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) loaded</source>
        <translation>
            <numerusform>%n product loaded</numerusform>
            <numerusform>%n products loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>Search title, SKU, category, description…</source>
        <translation>Search title, SKU, category, description…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Reload from the server</source>
        <translation>Reload from the server</translation>
    </message>
    <message>
        <source>Products could not be loaded. %1</source>
        <translation>Products could not be loaded. %1</translation>
    </message>
    <message>
        <source>Archive product</source>
        <translation>Archive product</translation>
    </message>
    <message>
        <source>Archive “%1” (%2)? It disappears from the storefront; orders that contain it keep it.</source>
        <translation>Archive “%1” (%2)? It disappears from the storefront; orders that contain it keep it.</translation>
    </message>
    <message>
        <source>The product was not archived. %1</source>
        <translation>The product was not archived. %1</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Create a new draft product from a copy of the selected one</source>
        <translation>Create a new draft product from a copy of the selected one</translation>
    </message>
    <message>
        <source>Change selected…</source>
        <translation>Change selected…</translation>
    </message>
    <message>
        <source>Set the status or change the price of all selected products</source>
        <translation>Set the status or change the price of all selected products</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save the products of the current filter as a CSV file</source>
        <translation>Save the products of the current filter as a CSV file</translation>
    </message>
    <message numerus="yes">
        <source>Change %n selected…</source>
        <translation>
            <numerusform>Change %n selected…</numerusform>
            <numerusform>Change %n selected…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicate %1</translation>
    </message>
    <message>
        <source>Export products as CSV</source>
        <translation>Export products as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>md::ui::SellerPicker</name>
    <message>
        <source>Search sellers by name…</source>
        <translation>Search sellers by name…</translation>
    </message>
    <message>
        <source>Sellers could not be loaded. %1</source>
        <translation>Sellers could not be loaded. %1</translation>
    </message>
    <message>
        <source>Chosen: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Chosen: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No seller chosen yet: click one in the list.</source>
        <translation>No seller chosen yet: click one in the list.</translation>
    </message>
    <message>
        <source>Loading sellers…</source>
        <translation>Loading sellers…</translation>
    </message>
    <message>
        <source>There are no sellers yet.</source>
        <translation>There are no sellers yet.</translation>
    </message>
    <message>
        <source>No seller&apos;s name contains “%1”.</source>
        <translation>No seller&apos;s name contains “%1”.</translation>
    </message>
</context>
<context>
    <name>md::ui::SellersPanel</name>
    <message>
        <source>Loading sellers…</source>
        <translation>Loading sellers…</translation>
    </message>
    <message>
        <source>No sellers match this search.</source>
        <translation>No sellers match this search.</translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s) loaded</source>
        <translation>
            <numerusform>%n seller loaded</numerusform>
            <numerusform>%n sellers loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>Search seller names…</source>
        <translation>Search seller names…</translation>
    </message>
    <message>
        <source>Reload from the server</source>
        <translation>Reload from the server</translation>
    </message>
    <message>
        <source>New seller</source>
        <translation>New seller</translation>
    </message>
    <message>
        <source>Sellers could not be loaded. %1</source>
        <translation>Sellers could not be loaded. %1</translation>
    </message>
    <message>
        <source>Seller “%1” created (ID %2).</source>
        <translation>Seller “%1” created (ID %2).</translation>
    </message>
</context>
<context>
    <name>md::ui::UserDetailPane</name>
    <message>
        <source>Select a user to see and change their account.</source>
        <translation>Select a user to see and change their account.</translation>
    </message>
    <message>
        <source>This is your own account. Another administrator must change your role, disable you or reset your password, so that nobody locks themselves out.</source>
        <translation>This is your own account. Another administrator must change your role, disable you or reset your password, so that nobody locks themselves out.</translation>
    </message>
    <message>
        <source>e.g. 김민수 (shown instead of the e-mail address)</source>
        <translation>e.g. 김민수 (shown instead of the e-mail address)</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Seller:</source>
        <translation>Seller:</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Loading the user…</source>
        <translation>Loading the user…</translation>
    </message>
    <message>
        <source>This user does not exist.</source>
        <translation>This user does not exist.</translation>
    </message>
    <message>
        <source>The user could not be loaded. %1</source>
        <translation>The user could not be loaded. %1</translation>
    </message>
    <message>
        <source>The user could not be reloaded. %1</source>
        <translation>The user could not be reloaded. %1</translation>
    </message>
    <message>
        <source>seller %1</source>
        <translation>seller %1</translation>
    </message>
    <message>
        <source>Created %1 · last changed %2</source>
        <translation>Created %1 · last changed %2</translation>
    </message>
    <message>
        <source>Disabled: they cannot sign in. Re-enabling lets them sign in again with their password; sessions ended by disabling do not come back.</source>
        <translation>Disabled: they cannot sign in. Re-enabling lets them sign in again with their password; sessions ended by disabling do not come back.</translation>
    </message>
    <message>
        <source>Active: they can sign in. Disabling or a new password ends all their sessions at once, on every server.</source>
        <translation>Active: they can sign in. Disabling or a new password ends all their sessions at once, on every server.</translation>
    </message>
    <message>
        <source>Re-enable…</source>
        <translation>Re-enable…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Disable…</translation>
    </message>
    <message>
        <source>Not for your own account.</source>
        <translation>Not for your own account.</translation>
    </message>
    <message>
        <source>Save or revert your changes first.</source>
        <translation>Save or revert your changes first.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Make %1 a seller user of %2? They are signed out everywhere at once and sign in again as a seller.</source>
        <translation>Make %1 a seller user of %2? They are signed out everywhere at once and sign in again as a seller.</translation>
    </message>
    <message>
        <source>Change the role of %1 from %2 to %3? They are signed out everywhere at once and sign in again with the new role.</source>
        <translation>Change the role of %1 from %2 to %3? They are signed out everywhere at once and sign in again with the new role.</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3? They are signed out everywhere at once and sign in again for the new seller.</source>
        <translation>Move %1 from %2 to %3? They are signed out everywhere at once and sign in again for the new seller.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>Disable %1 (%2)? They are signed out everywhere at once: every session ends now and they cannot sign in until re-enabled.</source>
        <translation>Disable %1 (%2)? They are signed out everywhere at once: every session ends now and they cannot sign in until re-enabled.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Re-enable user</source>
        <translation>Re-enable user</translation>
    </message>
    <message>
        <source>Re-enable %1 (%2)? They can sign in again with their password.</source>
        <translation>Re-enable %1 (%2)? They can sign in again with their password.</translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation>Re-enable</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Give %1 (%2) a new password? Their current password stops working and they are signed out everywhere at once. The new password is shown to you once, to pass on to them.</source>
        <translation>Give %1 (%2) a new password? Their current password stops working and they are signed out everywhere at once. The new password is shown to you once, to pass on to them.</translation>
    </message>
    <message>
        <source>The change to %1 was not made. %2</source>
        <translation>The change to %1 was not made. %2</translation>
    </message>
    <message>
        <source>Someone else changed this user meanwhile. The latest version is shown and your changes are still in the form: check them and save again.</source>
        <translation>Someone else changed this user meanwhile. The latest version is shown and your changes are still in the form: check them and save again.</translation>
    </message>
    <message>
        <source>Someone else changed this user meanwhile; the latest version is shown. Nothing was changed: try again if it is still needed.</source>
        <translation>Someone else changed this user meanwhile; the latest version is shown. Nothing was changed: try again if it is still needed.</translation>
    </message>
    <message>
        <source>You cannot remove your own administrator role or disable your own account.</source>
        <translation>You cannot remove your own administrator role or disable your own account.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>This user no longer exists.</translation>
    </message>
    <message>
        <source>Not saved: the server cannot be reached. Your changes are still here; save again when the connection is back.</source>
        <translation>Not saved: the server cannot be reached. Your changes are still here; save again when the connection is back.</translation>
    </message>
    <message>
        <source>Nothing was changed: the server cannot be reached. Try again when the connection is back.</source>
        <translation>Nothing was changed: the server cannot be reached. Try again when the connection is back.</translation>
    </message>
</context>
<context>
    <name>md::ui::UsersPanel</name>
    <message>
        <source>Loading users…</source>
        <translation>Loading users…</translation>
    </message>
    <message>
        <source>No users match these filters.</source>
        <translation>No users match these filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) loaded</source>
        <translation>
            <numerusform>%n user loaded</numerusform>
            <numerusform>%n users loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>Search e-mail or name…</source>
        <translation>Search e-mail or name…</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>Active and disabled</source>
        <translation>Active and disabled</translation>
    </message>
    <message>
        <source>Reload from the server</source>
        <translation>Reload from the server</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Users could not be loaded. %1</source>
        <translation>Users could not be loaded. %1</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Discard your changes?</translation>
    </message>
    <message>
        <source>Your changes to %1 have not been saved. Show %2 and lose them?</source>
        <translation>Your changes to %1 have not been saved. Show %2 and lose them?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>md::widgets::ErrorBanner</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>md::widgets::OfflineBanner</name>
    <message>
        <source>The server cannot be reached. Changes cannot be saved until the connection is back; the console keeps trying.</source>
        <translation>The server cannot be reached. Changes cannot be saved until the connection is back; the console keeps trying.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Try now</translation>
    </message>
</context>
<context>
    <name>md::widgets::TimeSeriesChart</name>
    <message>
        <source>No data in this time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Loading…</translation>
    </message>
</context>
</TS>

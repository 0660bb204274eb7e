<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation><numerusform>Too many requests. Try again in %n second.</numerusform><numerusform>Too many requests. Try again in %n seconds.</numerusform></translation>
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
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
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
    <name>md::app::TokenStore</name>
    <message>
        <source>No keychain is available on this computer (%1), so the console cannot keep you signed in: your session is kept in memory only and ends when you quit.</source>
        <translation>No keychain is available on this computer (%1), so the console cannot keep you signed in: your session is kept in memory only and ends when you quit.</translation>
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
    <name>md::models::InventoryListModel</name>
    <message numerus="yes">
        <source>Low stock: %n available, threshold %1</source>
        <translation><numerusform>Low stock: %n available, threshold %1</numerusform><numerusform>Low stock: %n available, threshold %1</numerusform></translation>
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
        <translation><numerusform>%n product loaded</numerusform><numerusform>%n products loaded</numerusform></translation>
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
        <translation><numerusform>Too many failed attempts. Try again in %n second.</numerusform><numerusform>Too many failed attempts. Try again in %n seconds.</numerusform></translation>
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
        <source>Amount (₩):</source>
        <translation>Amount (₩):</translation>
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
</context>
<context>
    <name>md::ui::OrderDetailPane</name>
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
        <source>Placed %1 by %2</source>
        <translation>Placed %1 by %2</translation>
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
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
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
        <source>Record payment for order %1 (%2)?</source>
        <translation>Record payment for order %1 (%2)?</translation>
    </message>
    <message>
        <source>Record that order %1 was delivered?</source>
        <translation>Record that order %1 was delivered?</translation>
    </message>
    <message>
        <source>The order&apos;s state changed meanwhile; it was reloaded. %1</source>
        <translation>The order&apos;s state changed meanwhile; it was reloaded. %1</translation>
    </message>
    <message>
        <source>The note was not saved. %1</source>
        <translation>The note was not saved. %1</translation>
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
        <translation><numerusform>%n order loaded</numerusform><numerusform>%n orders loaded</numerusform></translation>
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
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Someone saved this product after you opened it. Reload their version (your changes here are discarded), or overwrite it with yours?</source>
        <translation>Someone saved this product after you opened it. Reload their version (your changes here are discarded), or overwrite it with yours?</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>Reload their version</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>Overwrite with mine</translation>
    </message>
    <message>
        <source>Reloaded the latest version (version %1).</source>
        <translation>Reloaded the latest version (version %1).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
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
        <translation><numerusform>%n product loaded</numerusform><numerusform>%n products loaded</numerusform></translation>
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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached. Check the connection; the console retries on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not complete the request%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer the console does not understand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableStatus</name>
    <message>
        <source> · loading more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · scroll down for more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Marketdesk console for sellers and support staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of marketdesk-server, e.g. http://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::app::MainWindow</name>
    <message>
        <source>Marketdesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Marketdesk&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Marketdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Marketdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Marketdesk console&lt;/b&gt; %1&lt;br&gt;Server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time the console starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made elsewhere appear here as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates are not connected; use the reload buttons.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::app::Session</name>
    <message>
        <source>The server at %1 cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your previous session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended (signed out elsewhere, or the account changed). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::app::TokenStore</name>
    <message>
        <source>No keychain is available on this computer (%1), so the console cannot keep you signed in: your session is kept in memory only and ends when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::models::ApiClient</name>
    <message>
        <source>No server address is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token refresh answer has no tokens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::models::Authenticator</name>
    <message>
        <source>The sign-in answer has no tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console is for sellers and staff. Customers shop in the storefront.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::models::InventoryListModel</name>
    <message numerus="yes">
        <source>Low stock: %n available, threshold %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::models::OrderListModel</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::models::ProductListModel</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::AdjustStockDialog</name>
    <message>
        <source>Adjust stock — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;On hand %2 · reserved %3 · available %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive adds stock, negative removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received a delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged or lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the stock changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand would be %1, below the %2 reserved for orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand becomes %1 (available %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a reason; it is kept in the movement history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1 Reload to see the current level.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::InventoryPage</name>
    <message>
        <source>Loading stock levels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search title or SKU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a product to see how its stock changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock levels could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — movement history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (order #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::LoginDialog</name>
    <message>
        <source>Enter the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address such as http://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Marketdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Marketdesk console&lt;/b&gt;&lt;br&gt;For sellers and support staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.kr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the e-mail address you sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::OrderActionDialog</name>
    <message>
        <source>Ship order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer sees the carrier and tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CJ Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanjin Express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotte Global Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korea Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling releases the reserved stock. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the customer asked to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 can still be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. damaged in delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (₩):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the carrier and the tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a reason; it is kept in the order&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::OrderDetailPane</name>
    <message>
        <source>Mark as paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note for colleagues (customers do not see it)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order could not be reloaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order does not exist or is not yours to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 restocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal %1 · &lt;b&gt;Total %2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Refunded %1 · refundable %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with %1, tracking number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order placed%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment for order %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that order %1 was delivered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s state changed meanwhile; it was reloaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::OrdersPage</name>
    <message>
        <source>Loading orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Order number, customer e-mail, product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 orders; with none selected, every status shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders changed — show the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ProductEditorDialog</name>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the former price shown crossed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (₩):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare-at price (₩):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the price in whole won, e.g. 12,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount in whole won, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another product of this seller already has this SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the server cannot be reached. Your changes are still here; save again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved this product after you opened it. Reload their version (your changes here are discarded), or overwrite it with yours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded the latest version (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ui::ProductsPage</name>
    <message>
        <source>Loading products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search title, SKU, category, description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive “%1” (%2)? It disappears from the storefront; orders that contain it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product was not archived. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::widgets::ErrorBanner</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::widgets::OfflineBanner</name>
    <message>
        <source>The server cannot be reached. Changes cannot be saved until the connection is back; the console keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

#!/usr/bin/env python3
"""Demo traffic for the local Marketdesk stack, so every Dashboard chart moves.

A realistic, rate-limited mix on loopback only: shoppers browse and search the catalogue (Korean
and English terms), open products and place orders; support staff move orders along (placed ->
paid -> shipped); an operator looks at deployments and metrics the way the console does; now and
then a client asks for a product that does not exist. Runs until stopped (SIGTERM/SIGINT) or until
--duration ends; every request has a timeout, so it never hangs.

    scripts/demo-traffic.py --base-url http://127.0.0.1:8080 [--rate 6] [--duration 86400]
"""

import argparse
import ipaddress
import json
import random
import signal
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

DEMO_PASSWORD = "marketdesk-demo"
SEARCH_TERMS = ["자켓", "원피스", "노트북", "커피", "운동화", "이어폰", "무선", "가방", "니트", "텀블러",
                "jacket", "coffee", "wireless", "bag", "book"]
CARRIERS = ["CJ대한통운", "한진택배", "롯데택배", "우체국택배"]
ADDRESSES = [
    {"name": "김민준", "phone": "010-1234-5678", "line1": "서울특별시 강남구 테헤란로 152", "line2": "12층",
     "city": "서울", "postal_code": "06236", "country": "KR"},
    {"name": "이서연", "phone": "010-9876-5432", "line1": "부산광역시 해운대구 센텀중앙로 97",
     "city": "부산", "postal_code": "48058", "country": "KR"},
    {"name": "박지호", "phone": "010-5555-0101", "line1": "대전광역시 유성구 대학로 99",
     "city": "대전", "postal_code": "34134", "country": "KR"},
]
# The share of each activity in the mix (weights, not percentages).
MIX = [("browse", 34), ("product", 20), ("search", 14), ("order", 9), ("support", 8),
       ("inventory", 6), ("operator", 6), ("not_found", 3)]


class Client:
    """One signed-in user: re-signs in when the access token expires."""

    def __init__(self, base_url, email, timeout):
        self.base_url, self.email, self.timeout = base_url, email, timeout
        self.token = None

    def _send(self, method, path, body=None, headers=None):
        request = urllib.request.Request(self.base_url + path, method=method,
                                         data=None if body is None else json.dumps(body).encode())
        request.add_header("Accept", "application/json")
        if body is not None:
            request.add_header("Content-Type", "application/json; charset=utf-8")
        if self.token:
            request.add_header("Authorization", "Bearer " + self.token)
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                payload = response.read()
                return response.status, (json.loads(payload) if payload[:1] in (b"{", b"[") else None)
        except urllib.error.HTTPError as error:
            error.read()
            return error.code, None

    def sign_in(self):
        self.token = None
        status, body = self._send("POST", "/api/v1/auth/login", {"email": self.email, "password": DEMO_PASSWORD})
        if status != 200:
            raise RuntimeError(f"sign-in as {self.email} answered {status}")
        self.token = body["access_token"]

    def call(self, method, path, body=None, headers=None):
        if self.token is None:
            self.sign_in()
        status, payload = self._send(method, path, body, headers)
        if status == 401:
            self.sign_in()
            status, payload = self._send(method, path, body, headers)
        return status, payload


class Traffic:
    def __init__(self, base_url, timeout):
        self.admin = Client(base_url, "admin@marketdesk.kr", timeout)
        self.support = Client(base_url, "support@marketdesk.kr", timeout)
        self.operator = Client(base_url, "ops@marketdesk.kr", timeout)
        self.shoppers = []
        self.products = {}     # id -> product (active ones seen while browsing)
        self.categories = set()
        self.counts = {}

    def prepare(self):
        self.admin.sign_in()
        status, body = self.admin.call("GET", "/api/v1/users?role=customer&limit=50")
        customers = [user["email"] for user in (body or {}).get("items", []) if not user.get("disabled")]
        if not customers:
            raise RuntimeError(f"no customer accounts to shop with (GET /api/v1/users answered {status}); "
                               "was seed-demo run?")
        self.shoppers = [Client(self.admin.base_url, email, self.admin.timeout)
                         for email in random.sample(customers, min(8, len(customers)))]
        self.browse()

    def remember(self, body):
        for product in (body or {}).get("items", []):
            if product.get("status") == "active":
                self.products[product["id"]] = product
                if product.get("category"):
                    self.categories.add(product["category"])
        while len(self.products) > 2000:  # bounded memory
            self.products.pop(next(iter(self.products)))

    def shopper(self):
        return random.choice(self.shoppers)

    def browse(self):
        query = {"limit": random.choice([20, 50]), "status": "active"}
        if self.categories and random.random() < 0.6:
            query["category"] = random.choice(sorted(self.categories))
        status, body = self.shopper().call("GET", "/api/v1/products?" + urllib.parse.urlencode(query))
        self.remember(body)
        cursor = (body or {}).get("next_cursor")
        if cursor and random.random() < 0.4:  # some shoppers look at the next page
            query["cursor"] = cursor
            status, body = self.shopper().call("GET", "/api/v1/products?" + urllib.parse.urlencode(query))
            self.remember(body)
        return status

    def product(self):
        if not self.products:
            return self.browse()
        product_id = random.choice(list(self.products))
        return self.shopper().call("GET", f"/api/v1/products/{product_id}")[0]

    def search(self):
        query = urllib.parse.urlencode({"q": random.choice(SEARCH_TERMS), "limit": 20})
        status, body = self.shopper().call("GET", "/api/v1/products?" + query)
        self.remember(body)
        return status

    def order(self):
        if not self.products:
            return self.browse()
        first = random.choice(list(self.products.values()))
        same_seller = [p for p in self.products.values() if p["seller_id"] == first["seller_id"] and p is not first]
        lines = [first] + random.sample(same_seller, min(len(same_seller), random.choice([0, 0, 1, 2])))
        body = {"items": [{"product_id": p["id"], "quantity": random.choice([1, 1, 1, 2])} for p in lines],
                "shipping_address": random.choice(ADDRESSES)}
        status, _ = self.shopper().call("POST", "/api/v1/orders", body, {"Idempotency-Key": str(uuid.uuid4())})
        if status == 409:  # sold out meanwhile: the shopper forgets that product
            self.products.pop(first["id"], None)
        return status

    def support_work(self):
        state = random.choice(["placed", "paid"])
        status, body = self.support.call("GET", f"/api/v1/orders?status={state}&limit=20")
        orders = (body or {}).get("items", [])
        if not orders:
            return status
        order = random.choice(orders)
        self.support.call("GET", f"/api/v1/orders/{order['id']}")
        if state == "placed":
            change = {"to": "paid"}
        else:
            change = {"to": "shipped", "carrier": random.choice(CARRIERS),
                      "tracking_number": str(random.randrange(10**11, 10**12))}
        return self.support.call("POST", f"/api/v1/orders/{order['id']}/transitions", change)[0]

    def inventory(self):
        status, body = self.admin.call("GET", "/api/v1/inventory?low_stock=true&limit=50")
        items = (body or {}).get("items", [])
        if items and random.random() < 0.5:
            # Sellers restock what runs low, so hours of orders do not empty the catalogue.
            item = random.choice(items)
            return self.admin.call("POST", f"/api/v1/inventory/{item['product_id']}/adjustments",
                                   {"delta": random.choice([20, 30, 50]), "reason": "입고 (재입고)"})[0]
        return status

    def operator_work(self):
        if random.random() < 0.5:
            return self.operator.call("GET", "/api/v1/ops/deployments?limit=50")[0]
        now = time.time()
        query = urllib.parse.urlencode({"query": "sum by (route) (rate(http_requests_total[1m]))",
                                        "start": f"{now - 900:.0f}", "end": f"{now:.0f}", "step": "15"})
        return self.operator.call("GET", "/api/v1/ops/metrics/query_range?" + query)[0]

    def not_found(self):
        return self.shopper().call("GET", f"/api/v1/products/{random.randrange(10**9, 2 * 10**9)}")[0]

    def step(self):
        activity = random.choices([name for name, _ in MIX], weights=[weight for _, weight in MIX])[0]
        handler = {"support": self.support_work, "operator": self.operator_work}.get(activity) or getattr(self, activity)
        status = handler()
        key = f"{activity} {status}"
        self.counts[key] = self.counts.get(key, 0) + 1


def loopback_only(url):
    host = urllib.parse.urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", required=True, help="the server, on loopback (http://127.0.0.1:8080)")
    parser.add_argument("--rate", type=float, default=6.0, help="activities per second (default 6, at most 50)")
    parser.add_argument("--duration", type=float, default=86400, help="seconds before stopping (default 1 day)")
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds per request (default 5)")
    parser.add_argument("--report-every", type=float, default=60, help="seconds between summary lines")
    args = parser.parse_args()
    if not loopback_only(args.base_url):
        parser.error(f"--base-url must be a loopback address, not {args.base_url}")
    if not 0 < args.rate <= 50:
        parser.error("--rate must be between 0 and 50 activities per second")

    # A flag, not an exception: a signal arriving anywhere (even twice, or during shutdown) only asks
    # the loop to finish its current request and leave.
    stop_requested = threading.Event()
    signal.signal(signal.SIGTERM, lambda _signal, _frame: stop_requested.set())
    signal.signal(signal.SIGINT, lambda _signal, _frame: stop_requested.set())

    traffic = Traffic(args.base_url.rstrip("/"), args.timeout)
    deadline = time.monotonic() + args.duration
    # The server may still be warming up: a few bounded attempts.
    for attempt in range(10):
        try:
            traffic.prepare()
            break
        except (OSError, RuntimeError) as error:
            if attempt == 9:
                print(f"demo-traffic: cannot start: {error}", file=sys.stderr)
                return 1
            if stop_requested.wait(1):
                return 0
    print(f"demo-traffic: {len(traffic.shoppers)} shoppers, {len(traffic.products)} products seen; "
          f"{args.rate:g} activities/s", flush=True)
    interval = 1.0 / args.rate
    next_at = time.monotonic()
    next_report = next_at + args.report_every
    while not stop_requested.is_set() and time.monotonic() < deadline:
        try:
            traffic.step()
        except (OSError, RuntimeError, ValueError, KeyError) as error:
            # The server restarting or briefly unreachable: count it and carry on at the same pace.
            key = f"error {type(error).__name__}"
            traffic.counts[key] = traffic.counts.get(key, 0) + 1
        next_at += interval
        now = time.monotonic()
        if now >= next_report:
            summary = ", ".join(f"{key}: {count}" for key, count in sorted(traffic.counts.items()))
            print(f"demo-traffic: {summary}", flush=True)
            traffic.counts.clear()
            next_report = now + args.report_every
        if next_at > now:
            stop_requested.wait(next_at - now)
        else:
            next_at = now  # fell behind (slow server): do not burst to catch up
    print("demo-traffic: stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Helpers for bench/run-backend.sh that are awkward in shell (standard library only).

    benchtool.py sample --out FILE --server-pid P --postmaster-pid Q --loadgen-parent S
        Samples CPU time of the server, of PostgreSQL (postmaster and its children) and of the load
        generators (wrk/pgbench descending from process S), plus the server's VmRSS, every 100 ms
        until SIGTERM, then writes a JSON summary to FILE.
    benchtool.py startup --runs N --url URL -- SERVER ARGS...
        Starts the server N times and prints, as JSON, the milliseconds from fork to the first 200
        from URL (polled every millisecond), then stops it with SIGTERM each time.
    benchtool.py pgbench --log-prefix PREFIX --stdout FILE
        Reads pgbench's per-transaction logs (-l) and its output; prints tps and latency percentiles.
    benchtool.py import-csv [--bytes N] [--rows R] --out FILE [--prefix P] [--shape S] [--variant V]
        Writes a product CSV of at most N bytes (default 20 MiB) and R rows and prints
        {"rows":..., "bytes":...}; --variant V adds V to every price (the same products, updated). full: every
        column a seller imports (Korean titles, quoted descriptions with commas, quotes and line
        breaks, attributes, images), ~220 bytes a row; short: sku,title,price_cents, ~15 bytes a
        row; bad: rows that each fail with three errors; empty: rows of empty cells (each fails);
        wide: ~4 KB rows (long description, large attributes, five images).
    benchtool.py import --url URL --token T --file F --server-pid P [--rss-cap-mib C]
        Resets the server's peak RSS (VmHWM, through /proc/P/clear_refs), POSTs the CSV file, and
        prints as JSON (or, with --label, as a table line) the status, the seconds, rows/s, the
        server's VmRSS before and VmHWM after.
        With --rss-cap-mib the server is killed (SIGKILL) when its RSS passes C MiB (polled every
        20 ms), as a memory limit would; the run then reports "killed".
    benchtool.py import-together --url URL --token T [--token T2...] --server-pid P --label L FILE...
        POSTs every file at once (one connection each; file i with token i) and prints one table
        line: the statuses and the server's peak RSS with all of them in flight.
    benchtool.py json-get KEY [KEY...]    reads JSON on stdin, prints the value at the key path.
    benchtool.py report FILE              prints the result table from the JSON lines in FILE.
"""
import argparse
import glob
import http.client
import json
import os
import signal
import subprocess
import sys
import time

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024


# --- /proc sampling -----------------------------------------------------------------------------

def read_stat(pid):
    """(comm, ppid, cpu ticks) of a process, or None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            text = f.read().decode("utf-8", "replace")
    except OSError:
        return None
    # comm is in parentheses and may contain spaces; the fields after the last ')' are fixed.
    close = text.rfind(")")
    comm = text[text.find("(") + 1:close]
    fields = text[close + 2:].split()
    return comm, int(fields[1]), int(fields[11]) + int(fields[12])


def read_rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def machine_ticks():
    with open("/proc/stat") as f:
        values = [int(v) for v in f.readline().split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    return sum(values[:8]), idle


def all_pids():
    return [int(name) for name in os.listdir("/proc") if name.isdigit()]


def command_sample(args):
    stop = False

    def on_term(*_):
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)

    last_ticks = {}   # pid -> ticks at the previous sample
    group_ticks = {"server": 0, "postgres": 0, "loadgen": 0}
    rss_samples = []
    started = time.monotonic()
    total0, idle0 = machine_ticks()

    def descends_from(pid, ancestor, parents):
        for _ in range(64):
            if pid == ancestor:
                return True
            pid = parents.get(pid)
            if not pid:
                return False
        return False

    def group_of(pid, comm, ppid, parents):
        if pid == args.server_pid:
            return "server"
        if pid == args.postmaster_pid or ppid == args.postmaster_pid:
            return "postgres"
        if comm in ("wrk", "pgbench") and descends_from(pid, args.loadgen_parent, parents):
            return "loadgen"
        return None

    def sample():
        stats = {pid: stat for pid in all_pids() if (stat := read_stat(pid))}
        parents = {pid: stat[1] for pid, stat in stats.items()}
        for pid, stat in stats.items():
            group = group_of(pid, stat[0], stat[1], parents)
            if not group:
                continue
            previous = last_ticks.get(pid)
            if previous is None:
                # Seen for the first time: a process that existed when sampling began is the baseline;
                # one that appeared since (wrk, a pgbench backend) counts from its own start.
                previous = 0 if first_sample_done else stat[2]
            group_ticks[group] += max(0, stat[2] - previous)
            last_ticks[pid] = stat[2]
        rss = read_rss_kib(args.server_pid)
        if rss is not None:
            rss_samples.append(rss)

    first_sample_done = False
    sample()
    first_sample_done = True
    while not stop:
        time.sleep(0.1)
        sample()
    sample()
    elapsed = time.monotonic() - started
    total1, idle1 = machine_ticks()
    cores = os.cpu_count() or 1
    busy_share = 1 - (idle1 - idle0) / max(1, total1 - total0)
    summary = {
        "seconds": round(elapsed, 3),
        # Percent of one core, as top shows it; the machine has `cores` of them.
        "cpu_percent": {group: round(100.0 * ticks / CLOCK_TICKS / elapsed, 1) for group, ticks in group_ticks.items()},
        "machine_busy_percent": round(100.0 * busy_share * cores, 1),
        "cores": cores,
        "server_rss_kib_max": max(rss_samples) if rss_samples else None,
        "server_rss_kib_mean": round(sum(rss_samples) / len(rss_samples)) if rss_samples else None,
    }
    with open(args.out, "w") as f:
        json.dump(summary, f)


# --- startup time -----------------------------------------------------------------------------

def ready(url):
    host_port, _, path = url.partition("//")[2].partition("/")
    host, _, port = host_port.partition(":")
    connection = http.client.HTTPConnection(host, int(port or 80), timeout=1)
    try:
        connection.request("GET", "/" + path)
        return connection.getresponse().status == 200
    except OSError:
        return False
    finally:
        connection.close()


def command_startup(args):
    timings = []
    for _ in range(args.runs):
        with open(args.log, "ab") as log:
            started = time.monotonic()
            process = subprocess.Popen(args.server_command, stdout=log, stderr=log)
            elapsed = None
            while time.monotonic() - started < args.timeout:
                if process.poll() is not None:
                    break
                if ready(args.url):
                    elapsed = (time.monotonic() - started) * 1000.0
                    break
                time.sleep(0.001)
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if elapsed is None:
            print(json.dumps({"error": f"the server did not become ready (exit status {process.returncode}); "
                                       f"see {args.log}"}))
            return 1
        timings.append(round(elapsed, 1))
    timings_sorted = sorted(timings)
    print(json.dumps({"runs_ms": timings, "median_ms": timings_sorted[len(timings_sorted) // 2],
                      "min_ms": timings_sorted[0], "max_ms": timings_sorted[-1]}))
    return 0


# --- pgbench ----------------------------------------------------------------------------------

def percentile(sorted_values, fraction):
    if not sorted_values:
        return None
    index = min(len(sorted_values) - 1, max(0, int(round(fraction * len(sorted_values) + 0.5)) - 1))
    return sorted_values[index]


def command_pgbench(args):
    latencies = []
    for name in glob.glob(args.log_prefix + ".*"):
        with open(name) as f:
            for line in f:
                fields = line.split()
                # client_id transaction_no time script_no time_epoch time_us; time is latency in µs
                if len(fields) >= 6:
                    latencies.append(int(fields[2]))
    latencies.sort()
    tps = None
    failed = 0
    with open(args.stdout) as f:
        for line in f:
            # pgbench 15: "tps = 41234.567890 (without initial connection time)"
            if line.startswith("tps = ") and tps is None:
                tps = float(line.split()[2])
            if line.startswith("number of failed transactions:"):
                failed = int(line.split(":")[1].split()[0])
    print(json.dumps({"rps": tps, "requests": len(latencies), "failed": failed,
                      "p50_us": percentile(latencies, 0.50), "p90_us": percentile(latencies, 0.90),
                      "p99_us": percentile(latencies, 0.99), "max_us": latencies[-1] if latencies else None}))
    return 0


# --- CSV import -------------------------------------------------------------------------------

IMPORT_HEADER = "sku,title,description,category,price_cents,compare_at_cents,currency,status,attributes,images\r\n"
IMPORT_WORDS = ["무선", "이어폰", "겨울", "패딩", "자켓", "텀블러", "스테인리스", "캠핑", "의자", "가죽", "지갑", "노트북",
                "거치대", "블루투스", "스피커", "면", "티셔츠", "운동화", "세트", "선물"]
IMPORT_CATEGORIES = ["전자제품", "의류", "생활용품", "스포츠", "패션잡화"]


def import_row(prefix, n, variant=0):
    words = " ".join(IMPORT_WORDS[(n * 7 + k * 3) % len(IMPORT_WORDS)] for k in range(3))
    title = f"{words} {n}"
    # Quoted: a comma, a quote and a line break inside, as spreadsheets write them.
    description = f"\"{words}, 모델 {n}. 상세 \"\"설명\"\"\r\n둘째 줄\""
    category = IMPORT_CATEGORIES[n % len(IMPORT_CATEGORIES)]
    price = 1000 + (n * 37) % 500000 + variant
    compare_at = price + 5000 if n % 3 == 0 else ""
    status = "active" if n % 10 else "draft"
    attributes = f"\"{{\"\"색상\"\":\"\"검정\"\",\"\"n\"\":{n}}}\""
    images = f"https://img.example.kr/{prefix.lower()}{n}.jpg"
    return (f"{prefix}{n:07d},{title},{description},{category},{price},{compare_at},KRW,{status},"
            f"{attributes},{images}\r\n")


def short_row(prefix, n, variant=0):
    return f"{prefix}{n},t,{n % 1000 + variant}\r\n"


def bad_row(prefix, n, variant=0):
    # Three errors each: a sku with a space, a price with a separator, an unknown currency.
    return f"{prefix} {n},t,1.000,won\r\n"


def wide_row(prefix, n, variant=0):
    # ~4 KB: a long description, a large attributes object, five images.
    words = " ".join(IMPORT_WORDS[(n + k) % len(IMPORT_WORDS)] for k in range(300))
    attributes = "{" + ",".join(f'""k{k}"":""{IMPORT_WORDS[(n + k) % len(IMPORT_WORDS)]} {k}""' for k in range(40)) + "}"
    images = " ".join(f"https://img.example.kr/{prefix.lower()}{n}/{k}.jpg" for k in range(5))
    return (f"{prefix}{n:07d},넓은 상품 {n},\"{words}\",생활용품,{1000 + n + variant},,KRW,active,\"{attributes}\","
            f"{images}\r\n")


def empty_row(prefix, n, variant=0):
    return ",,,,,,,,,,\r\n"


# full: what an export holds; short: the smallest valid rows (most rows per byte); bad: every row
# fails with three errors (an all-or-nothing import of it is rejected).
IMPORT_SHAPES = {"full": (IMPORT_HEADER, import_row), "short": ("sku,title,price_cents\r\n", short_row),
                 "bad": ("sku,title,price_cents,currency\r\n", bad_row), "empty": (IMPORT_HEADER, empty_row), "wide": (IMPORT_HEADER, wide_row)}


def command_import_csv(args):
    header, make_row = IMPORT_SHAPES[args.shape]
    rows = 0
    size = len(header.encode())
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        f.write(header)
        while args.rows is None or rows < args.rows:
            row = make_row(args.prefix, rows, args.variant)
            length = len(row.encode())
            if size + length > args.bytes:
                break
            f.write(row)
            size += length
            rows += 1
    print(json.dumps({"rows": rows, "bytes": size}))
    return 0


def read_status_kib(pid, key):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def command_import(args):
    import threading
    import urllib.parse

    with open(args.file, "rb") as f:
        body = f.read()
    rows = max(0, body.count(b"\n") - 1) if args.rows is None else args.rows
    # Peak RSS counts from here: writing 5 to clear_refs resets VmHWM to the current RSS (Linux 4.0+).
    with open(f"/proc/{args.server_pid}/clear_refs", "w") as f:
        f.write("5")
    rss_before = read_status_kib(args.server_pid, "VmRSS")
    cpu_before = read_stat(args.server_pid)
    parsed = urllib.parse.urlsplit(args.url)
    answer = {}

    def post():
        connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=args.timeout)
        try:
            connection.request("POST", parsed.path + ("?" + parsed.query if parsed.query else ""), body=body,
                               headers={"Content-Type": "text/csv", "Authorization": "Bearer " + args.token})
            response = connection.getresponse()
            answer["status"] = response.status
            answer["body"] = response.read()
        except OSError as error:
            answer["status"] = 0
            answer["error"] = str(error)
        finally:
            connection.close()

    started = time.monotonic()
    thread = threading.Thread(target=post, daemon=True)
    thread.start()
    killed = False
    hwm_seen = 0
    while thread.is_alive() and time.monotonic() - started < args.timeout + 5:
        thread.join(0.02)
        hwm = read_status_kib(args.server_pid, "VmHWM")
        if hwm is not None:
            hwm_seen = max(hwm_seen, hwm)
        if args.rss_cap_mib and (read_status_kib(args.server_pid, "VmRSS") or 0) > args.rss_cap_mib * 1024:
            os.kill(args.server_pid, signal.SIGKILL)
            killed = True
            thread.join(10)
            break
    seconds = time.monotonic() - started
    cpu_after = read_stat(args.server_pid)
    hwm_after = read_status_kib(args.server_pid, "VmHWM")
    peak = max(hwm_seen, hwm_after or 0)
    result = {"status": answer.get("status", 0), "seconds": round(seconds, 3), "rows": rows,
              "bytes": len(body), "rows_per_second": round(rows / seconds) if seconds > 0 else None,
              "rss_before_kib": rss_before, "peak_kib": peak,
              "peak_delta_kib": peak - rss_before if rss_before is not None else None, "killed": killed,
              # The server's own CPU time (user + system): steadier than rows/s on a shared machine.
              "server_cpu_seconds": round((cpu_after[2] - cpu_before[2]) / CLOCK_TICKS, 2)
              if cpu_before and cpu_after else None}
    try:
        report = json.loads(answer.get("body") or b"{}")
        report = report.get("error", {}).get("details", report) if "error" in report else report
        result["report"] = {k: report.get(k) for k in ("created", "updated", "unchanged", "failed") if k in report}
    except ValueError:
        pass
    if "error" in answer:
        result["error"] = answer["error"]
    if args.label is None:
        print(json.dumps(result))
        return 0

    def mib(kib):
        return "-" if kib is None else f"{kib / 1024:.1f}"

    status = "killed" if killed else str(result["status"])
    detail = json.dumps(result.get("report") or result.get("error", ""), ensure_ascii=False)
    cpu = result["server_cpu_seconds"]
    print(f"{args.label:<26} {rows:>7} {status:>6} {seconds:>8.2f} {result['rows_per_second'] or 0:>9} "
          f"{'-' if cpu is None else f'{cpu:.2f}':>7} {mib(rss_before):>8} {mib(peak):>8} "
          f"{mib(result['peak_delta_kib']):>9}  {detail}")
    return 0


def command_import_together(args):
    """Several imports sent at once: the server's peak with all of them in flight."""
    import threading
    import urllib.parse

    bodies = []
    for name in args.files:
        with open(name, "rb") as f:
            bodies.append(f.read())
    with open(f"/proc/{args.server_pid}/clear_refs", "w") as f:
        f.write("5")
    rss_before = read_status_kib(args.server_pid, "VmRSS")
    parsed = urllib.parse.urlsplit(args.url)
    statuses = [0] * len(bodies)

    def post(index):
        connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=args.timeout)
        try:
            connection.request("POST", parsed.path + ("?" + parsed.query if parsed.query else ""), body=bodies[index],
                               headers={"Content-Type": "text/csv",
                                        "Authorization": "Bearer " + args.token[index % len(args.token)]})
            response = connection.getresponse()
            response.read()
            statuses[index] = response.status
        except OSError:
            statuses[index] = 0
        finally:
            connection.close()

    started = time.monotonic()
    threads = [threading.Thread(target=post, args=(i,), daemon=True) for i in range(len(bodies))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(args.timeout + 5)
    seconds = time.monotonic() - started
    peak = read_status_kib(args.server_pid, "VmHWM") or 0
    print(f"{args.label:<26} {'-':>7} {'/'.join(map(str, statuses)):>6} "
          f"{seconds:>8.2f} {'-':>9} {'-':>7} {rss_before / 1024:>8.1f} {peak / 1024:>8.1f} "
          f"{(peak - rss_before) / 1024:>9.1f}  {len(bodies)} files of {sum(map(len, bodies)) // len(bodies)} bytes")
    return 0


# --- small JSON access for the shell ------------------------------------------------------------

def command_json_get(args):
    value = json.load(sys.stdin)
    for key in args.keys:
        value = value[int(key)] if isinstance(value, list) else value.get(key)
        if value is None:
            break
    if value is None:
        print("")
    elif isinstance(value, (dict, list)):
        print(json.dumps(value, ensure_ascii=False))
    else:
        print(value)
    return 0


# --- report -----------------------------------------------------------------------------------

def ms(us):
    return "-" if us is None else f"{us / 1000.0:.2f}"


def command_report(args):
    rows = [json.loads(line) for line in open(args.file) if line.strip()]
    results = {row["name"]: row for row in rows if row.get("kind") == "load"}
    info = {row["name"]: row for row in rows if row.get("kind") == "info"}

    print()
    for row in info.values():
        value = row["value"]
        if row["name"] == "startup":
            value = (f"median {value['median_ms']:.1f} ms, min {value['min_ms']:.1f}, max {value['max_ms']:.1f} "
                     f"over {len(value['runs_ms'])} starts")
        print(f"  {row['name']}: {value}")
    print()
    header = (f"{'load':<40} {'req/s':>9} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6}  "
              f"{'CPU% server/pg/loadgen/other':>28} {'CPU us/req server/pg':>21} {'RSS MiB':>8}")
    print(header)
    print("-" * len(header))
    for row in rows:
        if row.get("kind") != "load":
            continue
        cpu = row.get("cpu", {}).get("cpu_percent", {})
        cpu_text = "/".join(f"{cpu.get(g, 0):.0f}" for g in ("server", "postgres", "loadgen")) if cpu else "-"
        busy = row.get("cpu", {}).get("machine_busy_percent")
        if busy is not None and cpu:
            # What the machine spent beyond our three groups: other processes, the kernel's softirqs.
            other = max(0.0, busy - sum(cpu.get(g, 0) for g in ("server", "postgres", "loadgen")))
            cpu_text += f"/{other:.0f}"
        rss = row.get("cpu", {}).get("server_rss_kib_max")
        rss_text = f"{rss / 1024:.1f}" if rss and row.get("server") else "-"
        errors = row.get("errors", 0)
        # CPU time per request holds up better than req/s when something else shares the machine.
        per_request = "-"
        if cpu and row["rps"]:
            per_request = "/".join(f"{10000.0 * cpu.get(g, 0) / row['rps']:.0f}" for g in ("server", "postgres"))
        print(f"{row['name']:<40} {row['rps']:>9.0f} {ms(row.get('p50_us')):>7} {ms(row.get('p99_us')):>7} "
              f"{errors:>6}  {cpu_text:>28} {per_request:>21} {rss_text:>8}")
    print()

    def ratio(a, b):
        if a in results and b in results and results[b]["rps"]:
            return results[a]["rps"] / results[b]["rps"]
        return None

    def failed(*names):
        # Error answers are not throughput: a comparison over a load with errors proves nothing.
        return any(results.get(name, {}).get("errors", 0) for name in names)

    checks = []
    get, select, order, tpcb = "GET /products/{id}", "pgbench select by id", "POST /orders", "pgbench -N"
    r = ratio(get, select)
    if r is not None:
        checks.append((f"GET /products/{{id}} / pgbench select = {r:.2f}", "target >= 0.80",
                       None if failed(get, select) else r >= 0.8))
    if get in results:
        p99 = results[get]["p99_us"] / 1000.0
        checks.append((f"GET /products/{{id}} p99 = {p99:.2f} ms", "target < 10 ms",
                       None if failed(get) else p99 < 10))
    r = ratio(order, tpcb)
    if r is not None:
        checks.append((f"POST /orders / pgbench -N = {r:.2f}", "target >= 0.50",
                       None if failed(order, tpcb) else r >= 0.5))
    rss_max = max((row.get("cpu", {}).get("server_rss_kib_max") or 0 for row in rows
                   if row.get("kind") == "load" and row.get("server")), default=0)
    if rss_max:
        checks.append((f"server RSS under load (max) = {rss_max / 1024:.1f} MiB", "target < 64 MiB",
                       rss_max < 64 * 1024))
    if "startup" in info:
        median = info["startup"]["value"]["median_ms"]
        checks.append((f"start to ready (median) = {median:.1f} ms", "target < 200 ms", median < 200))
    for text, target, met in checks:
        verdict = "INVALID" if met is None else "MET" if met else "MISSED"
        note = "; the load had errors, see the errors column" if met is None else ""
        print(f"  {verdict:<7}  {text:<52} ({target}{note})")
    # Not a target: what the same lookup costs without the product cache, through a worker and a
    # transaction, for comparison with the database's own figure.
    uncached = get + " (cache off)"
    r = ratio(uncached, select)
    if r is not None:
        print(f"  {'(ref)':<7}  {f'GET /products/{{id}} with the product cache off = {r:.2f} of pgbench select':<52}")
    print()
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)

    sample = commands.add_parser("sample")
    sample.add_argument("--out", required=True)
    sample.add_argument("--server-pid", type=int, default=-1)
    sample.add_argument("--postmaster-pid", type=int, required=True)
    sample.add_argument("--loadgen-parent", type=int, required=True)

    startup = commands.add_parser("startup")
    startup.add_argument("--runs", type=int, default=5)
    startup.add_argument("--url", required=True)
    startup.add_argument("--log", default="/dev/null")
    startup.add_argument("--timeout", type=float, default=30)
    startup.add_argument("server_command", nargs=argparse.REMAINDER, help="-- SERVER ARGS...")

    pgbench = commands.add_parser("pgbench")
    pgbench.add_argument("--log-prefix", required=True)
    pgbench.add_argument("--stdout", required=True)

    import_csv = commands.add_parser("import-csv")
    import_csv.add_argument("--bytes", type=int, default=20 * 1024 * 1024)
    import_csv.add_argument("--rows", type=int, help="at most this many rows")
    import_csv.add_argument("--variant", type=int, default=0, help="added to every price (a file that updates)")
    import_csv.add_argument("--out", required=True)
    import_csv.add_argument("--prefix", default="BENCH-")
    import_csv.add_argument("--shape", choices=sorted(IMPORT_SHAPES), default="full")

    import_run = commands.add_parser("import")
    import_run.add_argument("--url", required=True)
    import_run.add_argument("--token", required=True)
    import_run.add_argument("--file", required=True)
    import_run.add_argument("--server-pid", type=int, required=True)
    import_run.add_argument("--rows", type=int)
    import_run.add_argument("--rss-cap-mib", type=int, default=0)
    import_run.add_argument("--timeout", type=float, default=600)
    import_run.add_argument("--label", help="print one line of run-import.sh's table instead of JSON")

    import_together = commands.add_parser("import-together")
    import_together.add_argument("--url", required=True)
    import_together.add_argument("--token", required=True, action="append",
                                 help="repeatable: file i is sent with token i (cycling)")
    import_together.add_argument("--server-pid", type=int, required=True)
    import_together.add_argument("--timeout", type=float, default=600)
    import_together.add_argument("--label", required=True)
    import_together.add_argument("files", nargs="+")

    json_get = commands.add_parser("json-get")
    json_get.add_argument("keys", nargs="+")

    report = commands.add_parser("report")
    report.add_argument("file")

    args = parser.parse_args()
    if args.command == "startup" and args.server_command[:1] == ["--"]:
        args.server_command = args.server_command[1:]
    handlers = {"sample": command_sample, "startup": command_startup, "pgbench": command_pgbench,
                "json-get": command_json_get, "report": command_report, "import-csv": command_import_csv,
                "import": command_import, "import-together": command_import_together}
    return handlers[args.command](args) or 0


if __name__ == "__main__":
    sys.exit(main())

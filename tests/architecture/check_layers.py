#!/usr/bin/env python3
"""The backend's layering, checked on its #include lines (standard library only).

    python3 tests/architecture/check_layers.py [backend-source-dir]

Layers, bottom up (README "Layers", docs/ARCHITECTURE.md):
  foundation  core/ (domain types, no I/O), observability/, db/ (PostgreSQL), then http/ (the HTTP layer)
  features    auth/ audit/ catalog/ events/ inventory/ ops/ orders/ sellers/ seed/ ...: routes -> service
              -> repository, each in its own folder
  app/        the composition root (and main.cpp): may include anything

Rules (a violation names the file, the line and the include):
  1. Services and repositories know nothing of HTTP: no file named *Service.* or *Repository.*, and nothing
     in core/ or db/, includes http/.
  2. The foundation includes only the foundation below it: core/ includes core/ (and observability/);
     observability/ itself; db/ core/ and observability/; http/ core/, db/ and observability/. None includes
     a feature folder.
  3. A feature includes the foundation, its own folder, and another feature's header only along an edge
     declared in ALLOWED_EDGES below (one comment per edge saying why). An edge in PENDING_EDGES is
     tolerated for now: plumbing that is moving to core/ and db/ (issue 11); the lead empties that list
     once the move is merged. An edge nothing uses any more is reported too, so both lists stay true.
  4. Domain errors become statuses in one place, http/ErrorMapping.cpp: nothing outside http/ builds an
     error answer with a status of its own (http::errorResponse(<number>, ...)), apart from the files in
     OWN_STATUS_ALLOWED.

Before it checks the tree, the script checks itself on a small tree with one violation of each rule, so a
rule that silently stopped matching fails too. Exits 1 listing every violation.
"""
import pathlib
import re
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_BACKEND = HERE.parent.parent / "backend"

FOUNDATION = {
    "core": {"core", "observability"},
    "observability": {"observability"},
    "db": {"db", "core", "observability"},
    "http": {"http", "core", "db", "observability"},
}
# The composition root and the server's main: they wire everything together.
ROOTS = {"app", "main.cpp"}
# Separate programs with their own, unrooted includes (tools/kube-sim): they must not include the server's
# code at all, which rule 3 checks like for a feature (no edges declared).

# (feature, header or folder/) -> why. A folder edge ("audit/") allows every header of it.
ALLOWED_EDGES = {
    # Shared services of every feature that changes something:
    ("*", "audit/AuditLog.h"): "every mutation writes its audit row in the change's own transaction",
    ("*", "events/EventOutbox.h"): "a change publishes its live event in its own transaction (outbox)",
    # Real domain dependencies:
    ("orders", "inventory/StockLedger.h"): "placing, cancelling, shipping and refunding orders moves stock",
    ("orders", "inventory/StockMove.h"): "the stock moves orders hand to the StockLedger",
    ("seed", "auth/PasswordHasher.h"): "demo users get password hashes the server accepts at sign-in",
    ("auth", "sellers/SellerRepository.h"): "a seller user is tied to a seller that must exist (checked in the "
    "user's own transaction)",
    ("inventory", "catalog/ProductSearch.h"): "the inventory list finds products the way the catalog searches "
    "them (its search index on products)",
    ("orders", "catalog/ProductSearch.h"): "the order list finds orders by their products' titles and skus the "
    "way the catalog searches them",
    ("seed", "catalog/Product.h"): "demo products carry the catalog's own statuses",
    ("seed", "orders/OrderStatus.h"): "demo orders carry the order domain's own statuses",
    ("seed", "orders/OrderNumber.h"): "demo orders are numbered the way placed orders are",
}

# Plumbing in a feature folder that other features use; it moves to core/ or db/ (issue 11, "one helper per
# job"). PENDING: the lead empties this list after merging that move (w2/foundations).
PENDING_EDGES: dict = {}

# Files outside http/ allowed to answer with a status of their own (rule 4), and why.
OWN_STATUS_ALLOWED = {
    "app/SystemRoutes.cpp": "the health probes' 503 not_ready/shutting_down are the probe contract, not "
    "domain errors (no Retry-After: a balancer polls anyway)",
}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
OWN_STATUS = re.compile(r"\berrorResponse\(\s*\d")
SOURCE_SUFFIXES = {".h", ".hpp", ".cpp"}


def folder_of(relative):
    parts = relative.parts
    return parts[0] if len(parts) > 1 else parts[0]


def is_service_or_repository(relative):
    stem = relative.name.split(".")[0]
    return stem.endswith("Service") or stem.endswith("Repository")


def used_edge(edges, feature, include):
    """The edge of edges that allows feature to include include, or None."""
    for (source, target) in edges:
        if source not in ("*", feature):
            continue
        if target == include or (target.endswith("/") and include.startswith(target)):
            return (source, target)
    return None


def check(backend, allowed=None, pending=None):
    backend = pathlib.Path(backend)
    allowed = ALLOWED_EDGES if allowed is None else allowed
    pending = PENDING_EDGES if pending is None else pending
    folders = {path.name for path in backend.iterdir() if path.is_dir()}
    problems = []
    used = set()
    for path in sorted(backend.rglob("*")):
        if path.suffix not in SOURCE_SUFFIXES or not path.is_file():
            continue
        relative = path.relative_to(backend)
        source = folder_of(relative)
        if source in ROOTS:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if source != "http" and relative.as_posix() not in OWN_STATUS_ALLOWED:
            for found in OWN_STATUS.finditer(text):
                number = text.count("\n", 0, found.start()) + 1
                call = " ".join(text[found.start():found.end() + 40].split())
                problems.append(f"backend/{relative.as_posix()}:{number}: answers with a status of its own "
                                f"({call}...); throw a DomainError and let http/ErrorMapping.cpp choose the "
                                "status (rule 4)")
        for number, line in enumerate(text.splitlines(), start=1):
            where = f"backend/{relative.as_posix()}:{number}"
            match = INCLUDE.match(line)
            if not match:
                continue
            include = match.group(1)
            target = include.split("/")[0] if "/" in include else None
            if target is None or target not in folders:
                continue  # a header next to the file (tools/kube-sim), or not the server's
            if target == source:
                continue
            if target == "http" and (source in ("core", "db") or is_service_or_repository(relative)):
                problems.append(f'{where}: #include "{include}": services, repositories, core/ and db/ must '
                                "not know HTTP (rule 1)")
                continue
            if source in FOUNDATION:
                if target not in FOUNDATION[source]:
                    problems.append(f'{where}: #include "{include}": {source}/ may include only '
                                    f"{', '.join(sorted(FOUNDATION[source]))} (rule 2)")
                continue
            if target in FOUNDATION:
                continue
            if target in ROOTS:
                problems.append(f'{where}: #include "{include}": nothing includes the composition root (rule 3)')
                continue
            edge = used_edge(allowed, source, include) or used_edge(pending, source, include)
            if edge:
                used.add(edge)
                continue
            problems.append(f'{where}: #include "{include}": {source}/ may not include {target}/\'s headers; '
                            "use the foundation, or declare the edge with its reason in "
                            "tests/architecture/check_layers.py ALLOWED_EDGES (rule 3)")
    for name, edges in (("ALLOWED_EDGES", allowed), ("PENDING_EDGES", pending)):
        for edge in sorted(set(edges) - used):
            problems.append(f"tests/architecture/check_layers.py: {name} {edge[0]} -> {edge[1]} is no longer "
                            "used; remove it")
    return problems


def self_test():
    """Each rule must catch its violation in a small tree, and a clean tree must pass."""
    files = {
        "core/Clean.h": '#include "core/Other.h"\n',
        "core/Other.h": "",
        "http/Router.h": '#include "core/Clean.h"\n',
        "observability/Log.h": "",
        "db/Pool.h": "",
        "audit/AuditLog.h": "",
        "orders/OrderRoutes.cpp": '#include "http/Router.h"\n#include "orders/OrderService.h"\n',
        "orders/OrderService.h": '#include "audit/AuditLog.h"\n#include "inventory/StockLedger.h"\n',
        "inventory/StockLedger.h": "",
        "app/ServerApp.cpp": '#include "orders/OrderRoutes.cpp"\n#include "http/Router.h"\n',
    }
    violations = {
        "orders/OrderRepository.cpp": '#include "http/Router.h"\n',            # rule 1
        "db/Bad.cpp": '#include "http/Router.h"\n',                             # rule 1
        "core/Bad.h": '#include "orders/OrderService.h"\n',                     # rule 2
        "http/Bad.cpp": '#include "orders/OrderService.h"\n',                  # rule 2
        "inventory/Bad.cpp": '#include "orders/OrderService.h"\n',              # rule 3
        "catalog/Bad.cpp": '#include "inventory/StockLedger.h"\n',              # rule 3 (edge is orders')
        "auth/Bad.cpp": '#include "app/ServerApp.h"\n',                         # rule 3
        "ops/Bad.cpp": 'return http::errorResponse(\n    503, "x", "y");\n',  # rule 4
    }
    with tempfile.TemporaryDirectory() as directory:
        root = pathlib.Path(directory)
        for name, text in files.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text)
        (root / "catalog").mkdir()
        (root / "auth").mkdir()
        (root / "ops").mkdir()
        edges = {("*", "audit/AuditLog.h"): "", ("orders", "inventory/StockLedger.h"): ""}
        clean = check(root, edges, {})
        if clean:
            return ["self-test: a clean tree was reported: " + "; ".join(clean)]
        for name, text in violations.items():
            (root / name).write_text(text)
        found = check(root, edges, {("orders", "inventory/Gone.h"): ""})
    missed = [name for name in violations if not any(f"backend/{name}:1:" in problem for problem in found)]
    if not any("PENDING_EDGES orders -> inventory/Gone.h is no longer used" in problem for problem in found):
        missed.append("an unused PENDING_EDGES entry")
    return [f"self-test: no violation reported for {name}" for name in missed]


def main(argv):
    backend = pathlib.Path(argv[1]) if len(argv) > 1 else DEFAULT_BACKEND
    problems = self_test()
    if not problems:
        problems = check(backend)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} layering problem(s)", file=sys.stderr)
        return 1
    print("layering ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

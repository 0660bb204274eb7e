#!/usr/bin/env python3
"""Consistency check for backend/openapi/openapi.json (standard library only).

Checks that the document is JSON, that it validates against the OpenAPI 3.0 schema (when the
openapi_spec_validator module is installed), that every $ref resolves, that each path template's {parameters}
are declared as path parameters (and nothing else is), that operationIds are unique, that every
operation lists responses with a 2xx, and that every route the server registers
(`router.add("GET", "/api/...")` in backend/**/*.cpp) is documented and vice versa.

    python3 backend/openapi/check_openapi.py [openapi.json] [backend-source-dir]

Exits 1 and lists the problems when any check fails.
"""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def resolve(document, pointer):
    node = document
    for part in pointer.lstrip("#/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def collect_refs(node, where, found):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.append((value, where))
            else:
                collect_refs(value, f"{where}/{key}", found)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            collect_refs(value, f"{where}/{index}", found)


def deref(document, node):
    while isinstance(node, dict) and "$ref" in node:
        node = resolve(document, node["$ref"])
    return node


def check_document(document):
    problems = []
    if document.get("openapi") != "3.0.3":
        problems.append("openapi must be 3.0.3")
    for key in ("info", "paths", "components"):
        if key not in document:
            problems.append(f"missing top-level '{key}'")

    refs = []
    collect_refs(document, "#", refs)
    used = set()
    for target, where in refs:
        if not target.startswith("#/"):
            problems.append(f"{where}: external $ref {target} (the document must be self-contained)")
        elif resolve(document, target) is None:
            problems.append(f"{where}: $ref {target} does not resolve")
        else:
            used.add(target)
    for kind, entries in document.get("components", {}).items():
        if kind == "securitySchemes":
            continue
        for name in entries:
            if f"#/components/{kind}/{name}" not in used:
                problems.append(f"components/{kind}/{name} is never referenced")

    schemes = document.get("components", {}).get("securitySchemes", {})
    for requirement in document.get("security", []):
        for name in requirement:
            if name not in schemes:
                problems.append(f"security requirement '{name}' has no securityScheme")

    operation_ids = {}
    for path, item in document.get("paths", {}).items():
        template_params = set(re.findall(r"{([^}]+)}", path))
        shared = [deref(document, p) for p in item.get("parameters", [])]
        for method, operation in item.items():
            if method not in METHODS:
                continue
            where = f"{method.upper()} {path}"
            op_id = operation.get("operationId")
            if not op_id:
                problems.append(f"{where}: no operationId")
            elif op_id in operation_ids:
                problems.append(f"{where}: operationId {op_id} also used by {operation_ids[op_id]}")
            else:
                operation_ids[op_id] = where
            params = shared + [deref(document, p) for p in operation.get("parameters", [])]
            seen = set()
            for param in params:
                if param is None:
                    continue
                key = (param.get("in"), param.get("name"))
                if key in seen and key not in {(p.get("in"), p.get("name")) for p in shared}:
                    problems.append(f"{where}: parameter {key} declared twice")
                seen.add(key)
                if param.get("in") == "path" and not param.get("required"):
                    problems.append(f"{where}: path parameter {param.get('name')} must be required")
            declared = {p.get("name") for p in params if p and p.get("in") == "path"}
            if declared != template_params:
                problems.append(f"{where}: path parameters {sorted(declared)} != template {sorted(template_params)}")
            responses = operation.get("responses", {})
            if not any(code.startswith("2") for code in responses):
                problems.append(f"{where}: no 2xx response")
            for code, response in responses.items():
                response = deref(document, response)
                if not response or "description" not in response:
                    problems.append(f"{where}: response {code} has no description")
                elif code[:1] in ("4", "5"):
                    content = response.get("content", {})
                    schema = content.get("application/json", {}).get("schema")
                    if schema != {"$ref": "#/components/schemas/Error"}:
                        problems.append(f"{where}: error response {code} does not use the Error envelope")
            body = operation.get("requestBody")
            if body and method in {"get", "delete"}:
                problems.append(f"{where}: request body on {method.upper()}")
    return problems


ROUTE_CALL = re.compile(r'\b(?:add|addPublic)\(\s*"([A-Z]+)"\s*,\s*"(/[^"]*)"')


def registered_routes(source_dir):
    """Routes the server registers with literal method and path. Routes built at run time (a loop over
    actions) cannot be read this way; they are reported so the reader can check them by eye."""
    routes, dynamic = set(), []
    for source in sorted(pathlib.Path(source_dir).rglob("*.cpp")):
        text = source.read_text(encoding="utf-8", errors="replace")
        for match in ROUTE_CALL.finditer(text):
            routes.add((match.group(1).lower(), match.group(2)))
        for line_number, line in enumerate(text.splitlines(), 1):
            if re.search(r'router\.add(Public)?\(\s*"[A-Z]+"\s*,\s*[^"\s]', line):
                dynamic.append(f"{source.relative_to(source_dir)}:{line_number}: {line.strip()}")
    return routes, dynamic


def main():
    document_path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "openapi.json"
    source_dir = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parent
    try:
        document = json.loads(document_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"{document_path}: not readable JSON: {error}")
        return 1
    problems = check_document(document)
    try:
        # The full OpenAPI 3.0 schema check, when the validator is installed (python3-openapi-spec-validator).
        from openapi_spec_validator import validate as validate_spec
    except ImportError:
        print("note: openapi_spec_validator is not installed; schema-level validation skipped")
    else:
        try:
            validate_spec(document)
        except Exception as error:  # the validator's exception types moved between releases
            problems.append(f"OpenAPI schema validation: {str(error).splitlines()[0]}")

    documented = {(method, path) for path, item in document.get("paths", {}).items()
                  for method in item if method in METHODS}
    routes, dynamic = registered_routes(source_dir)
    for method, path in sorted(routes - documented):
        problems.append(f"{method.upper()} {path} is registered in {source_dir} but not documented")
    for method, path in sorted(documented - routes):
        # Documented but not registered with a literal path: fine when a dynamic registration makes it.
        if not dynamic:
            problems.append(f"{method.upper()} {path} is documented but not registered")
    unmatched = sorted(documented - routes)

    for problem in problems:
        print("problem:", problem)
    print(f"{len(document.get('paths', {}))} paths, {len(documented)} operations, "
          f"{len(routes)} literal route registrations found")
    if unmatched and dynamic:
        print("documented operations without a literal registration (check against the dynamic ones below):")
        for method, path in unmatched:
            print(f"  {method.upper()} {path}")
        print("dynamic registrations:")
        for line in dynamic:
            print("  " + line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

"""The layers are kept by direction: import contracts hold, nothing is imported inside a function to
dodge a circle, templates of earlier apps know nothing of the grievance module."""

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def test_the_import_contracts_hold():
    result = subprocess.run(
        [str(LINT_IMPORTS), "--config", str(ROOT / ".importlinter")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def function_level_imports(path):
    """(line, function) of every import inside a function, other than in AppConfig.ready."""
    found = []

    class Visitor(ast.NodeVisitor):
        def __init__(self):
            self.functions = []

        def visit_FunctionDef(self, node):
            self.functions.append(node.name)
            self.generic_visit(node)
            self.functions.pop()

        visit_AsyncFunctionDef = visit_FunctionDef

        def visit_Import(self, node):
            if self.functions and self.functions[-1] != "ready":
                found.append((node.lineno, self.functions[-1]))

        visit_ImportFrom = visit_Import

    Visitor().visit(ast.parse(path.read_text()))
    return found


def test_no_import_inside_a_function_in_the_grievance_module():
    offenders = {
        str(path.relative_to(ROOT)): lines
        for path in (ROOT / "grievances").rglob("*.py")
        if "migrations" not in path.parts and (lines := function_level_imports(path))
    }
    assert not offenders, offenders


def test_settings_of_the_grievance_module_are_read_through_its_declarations():
    pattern = re.compile(r"getattr\(\s*settings\s*,\s*[\"']GRIEVANCE_")
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "grievances").rglob("*.py")
        if path.name != "conf.py" and pattern.search(path.read_text())
    ]
    assert not offenders


GRIEVANCE_IN_TEMPLATE = re.compile(r"{%\s*load\b[^%]*\bgrievance|{%\s*(include|extends)\s+[\"']grievances/")


def test_templates_of_earlier_apps_do_not_reach_into_the_grievance_module():
    earlier = [ROOT / "templates" / app for app in ("home", "articles", "knowledge", "includes", "blocks")]
    earlier += list((ROOT / "templates").glob("*.html"))
    offenders = [
        str(path.relative_to(ROOT))
        for place in earlier
        for path in ([place] if place.is_file() else place.rglob("*.html"))
        if GRIEVANCE_IN_TEMPLATE.search(path.read_text())
    ]
    assert not offenders, offenders

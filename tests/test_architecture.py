"""The apps depend one way: claims builds on sources, sources never imports claims; no import loops."""

import ast
from pathlib import Path

from tests.conftest import ROOT


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def modules_importing(package: str, prefix: str) -> list[str]:
    return sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / package).rglob("*.py")
        if any(name == prefix or name.startswith(prefix + ".") for name in imported_modules(path))
    )


def test_no_module_of_sources_imports_claims():
    assert modules_importing("sources", "claims") == []


def test_the_extraction_library_imports_no_django():
    assert modules_importing("sources/extraction", "django") == []


def test_claims_querysets_do_not_import_the_models_that_use_them():
    assert "claims.models" not in imported_modules(ROOT / "claims" / "querysets.py")


def test_nothing_imports_the_public_pages():
    assert modules_importing("claims", "pages") + modules_importing("sources", "pages") == []


def test_the_shared_listing_package_imports_no_app_and_not_the_project():
    assert [modules_importing("listing", top) for top in ("claims", "sources", "pages", "factcheck")] == [[]] * 4


# The project package (settings, URLs) sits on top and imports the apps; what their APIs share lives
# in listing/, below them.
def test_the_apps_import_nothing_from_the_project_package():
    imported = {
        name
        for app in ("claims", "sources", "pages")
        for path in (ROOT / app).rglob("*.py")
        for name in imported_modules(path)
        if name == "factcheck" or name.startswith("factcheck.")
    }

    assert imported == set()

import os
import subprocess
import sys

from tests.conftest import ROOT

PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "k8#Zq!v2@Lr9$Wm4^Tn7&Yp1*Hs6(Jd3)Fg5-Xc0+Bb8=Ne2_Qa",
    "ALLOWED_HOSTS": "factcheck.example.org",
    "DATABASE_URL": "sqlite:////tmp/factcheck-deploy-check.sqlite3",
}


def run_manage(*args, env):
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"}}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True
    )


def test_deploy_check_is_clean_with_production_values():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_secret_key_is_required_when_debug_is_off():
    result = run_manage("check", env={**PRODUCTION, "SECRET_KEY": ""})

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_a_malformed_boolean_setting_stops_start_up_and_names_the_variable():
    result = run_manage("check", env={**PRODUCTION, "DEBUG": "maybe"})

    assert result.returncode != 0
    assert "DEBUG='maybe' is not a yes/no value" in result.stderr


def test_boolean_settings_accept_the_usual_words_in_any_case():
    result = run_manage("check", env={**PRODUCTION, "DEBUG": " Off "})

    assert result.returncode == 0, result.stderr


def cache_backend(env):
    return run_manage(
        "shell", "-c", "from django.conf import settings; print(settings.CACHES['default'])", env={**PRODUCTION, **env}
    )


def test_the_cache_is_the_database_table_when_no_cache_url_is_set():
    result = cache_backend({"CACHE_URL": ""})

    assert result.returncode == 0, result.stderr
    assert "DatabaseCache" in result.stdout
    assert "factcheck_cache" in result.stdout


def test_a_redis_cache_url_selects_the_redis_cache_at_that_address():
    result = cache_backend({"CACHE_URL": " redis://cache.internal:6380/2 "})

    assert result.returncode == 0, result.stderr
    assert "factcheck.redis_cache.RedisCache" in result.stdout
    assert "'LOCATION': 'redis://cache.internal:6380/2'" in result.stdout


def test_a_cache_url_that_is_not_redis_stops_start_up_and_names_the_variable():
    result = run_manage("check", env={**PRODUCTION, "CACHE_URL": "memcached://127.0.0.1:11211"})

    assert result.returncode != 0
    assert "CACHE_URL must be a Redis URL such as redis://127.0.0.1:6379/0" in result.stderr

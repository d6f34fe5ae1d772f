"""API tokens: shown once, stored only as a digest, expiring, revocable."""

import io
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from knox.models import AuthToken

from claims.models import Claim

pytestmark = pytest.mark.usefixtures("seeded")


def create_token(username, *args):
    out = io.StringIO()
    call_command("create_token", username, *args, stdout=out, stderr=io.StringIO())
    return out.getvalue().strip()


def record_verdict(client, token):
    claim = Claim.objects.filter(version=1).first()
    return client.post(
        f"/api/v1/claims/{claim.pk}/reviews/",
        {"verdict": "false", "rationale": "Checked."},
        "application/json",
        HTTP_IF_MATCH='"1"',
        HTTP_AUTHORIZATION=f"Token {token}",
    )


def test_token_from_the_command_lets_a_reviewer_record_a_verdict(client, reviewer):
    token = create_token("rita")

    response = record_verdict(client, token)

    assert response.status_code == 201, response.content


def test_the_database_keeps_only_a_digest_of_the_token(reviewer):
    token = create_token("rita")

    stored = AuthToken.objects.get(user=reviewer)
    assert token not in (stored.digest, stored.token_key)
    assert len(stored.digest) == 128  # SHA-512, hex


def test_token_expires_after_the_configured_days(client, reviewer):
    token = create_token("rita", "--days", "2")
    stored = AuthToken.objects.get(user=reviewer)
    assert timedelta(days=1) < stored.expiry - timezone.now() <= timedelta(days=2)
    AuthToken.objects.filter(pk=stored.pk).update(expiry=timezone.now() - timedelta(seconds=1))

    response = record_verdict(client, token)

    assert response.status_code == 401


def test_revoked_token_no_longer_authenticates(client, reviewer):
    token = create_token("rita")

    revoke = client.post("/api/auth/token/revoke/", HTTP_AUTHORIZATION=f"Token {token}")
    response = record_verdict(client, token)

    assert revoke.status_code == 204
    assert response.status_code == 401


def test_revoke_all_ends_every_token_of_the_user(client, reviewer):
    first, second = create_token("rita"), create_token("rita")

    client.post("/api/auth/token/revoke-all/", HTTP_AUTHORIZATION=f"Token {first}")

    assert record_verdict(client, second).status_code == 401


def test_signing_in_with_a_password_gives_a_new_token(client, reviewer):
    import base64

    credentials = base64.b64encode(b"rita:a-long-test-password").decode()

    response = client.post("/api/auth/token/", HTTP_AUTHORIZATION=f"Basic {credentials}")

    assert response.status_code == 200
    assert record_verdict(client, response.json()["token"]).status_code == 201


@pytest.mark.parametrize(("args", "message"), [(["nobody"], "no user 'nobody'"), (["rita", "--days", "0"], "--days")])
def test_create_token_refuses_a_bad_request_with_a_message(reviewer, args, message):
    with pytest.raises(CommandError, match=message):
        call_command("create_token", *args, stdout=io.StringIO(), stderr=io.StringIO())

"""Repeated wrong passwords lock the user name out from that address, on the admin and the API's sign-in page."""

import pytest

PASSWORD = "a-long-test-password"
LOGIN_PAGES = ["/admin/login/", "/api/auth/login/"]


@pytest.fixture
def editor(db, django_user_model):
    return django_user_model.objects.create_user("eddie", password=PASSWORD, is_staff=True)


@pytest.fixture
def limit(settings):
    settings.AXES_FAILURE_LIMIT = 3
    return 3


def sign_in(client, page, password):
    return client.post(page, {"username": "eddie", "password": password, "next": "/admin/"})


@pytest.mark.parametrize("page", LOGIN_PAGES)
def test_right_password_after_too_many_wrong_ones_is_refused(client, editor, limit, page):
    for _ in range(limit):
        sign_in(client, page, "wrong")

    response = sign_in(client, page, PASSWORD)

    assert response.status_code == 429
    assert "too many" in response.content.decode().lower()
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("page", LOGIN_PAGES)
def test_right_password_before_the_limit_signs_in(client, editor, limit, page):
    for _ in range(limit - 1):
        sign_in(client, page, "wrong")

    response = sign_in(client, page, PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_lockout_is_per_user_name_so_others_still_sign_in(client, editor, limit, django_user_model):
    django_user_model.objects.create_user("rita", password=PASSWORD, is_staff=True)
    for _ in range(limit):
        sign_in(client, "/admin/login/", "wrong")

    response = client.post("/admin/login/", {"username": "rita", "password": PASSWORD, "next": "/admin/"})

    assert response.status_code == 302


def test_token_request_with_a_locked_out_user_name_is_refused(client, editor, limit):
    import base64

    for _ in range(limit):
        sign_in(client, "/admin/login/", "wrong")
    credentials = base64.b64encode(f"eddie:{PASSWORD}".encode()).decode()

    response = client.post("/api/auth/token/", HTTP_AUTHORIZATION=f"Basic {credentials}")

    assert response.status_code == 401
    assert "token" not in response.json()

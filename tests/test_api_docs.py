def test_openapi_schema_describes_the_claim_filters(client, db):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/json")

    assert response.status_code == 200
    params = {p["name"] for p in response.json()["paths"]["/api/v1/claims/"]["get"]["parameters"]}
    assert {"speaker", "speaker_id", "affiliation", "status", "kind", "outlet", "q", "ordering", "page_size"} <= params


def test_interactive_docs_are_served_without_internet_assets(client, db):
    response = client.get("/api/docs/")

    assert response.status_code == 200
    assert b"drf_spectacular_sidecar" in response.content
    assert b"cdn.jsdelivr" not in response.content

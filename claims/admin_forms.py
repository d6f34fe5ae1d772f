"""Forms of the reviewers' admin: the claim page (with its verdict), the verdict alone, and corrections."""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect

from claims.models import Claim, Speaker, VerificationStatus
from claims.review import ReviewRejected, validate_review

# "Not a claim" is a correction of the extraction (the correction page), not a verdict on the truth.
VERDICT_CHOICES = [
    (status.value, status.label) for status in Claim.REVIEW_VERDICTS if status != VerificationStatus.NOT_A_CLAIM
]
RECORD_BUTTONS = ("_record", "_record_next")


def _evidence_links(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class VerdictFields(forms.Form):
    """Verdict, rationale and evidence: the fields a reviewer fills in to decide a claim."""

    verdict = forms.ChoiceField(choices=[("", "—"), *VERDICT_CHOICES])
    rationale = forms.CharField(widget=forms.Textarea(attrs={"rows": 4, "cols": 80}), required=False)
    evidence = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3, "cols": 80}),
        required=False,
        help_text="Links to the evidence, one http(s) URL per line.",
    )

    def evidence_links(self) -> list[str]:
        return _evidence_links(self.cleaned_data.get("evidence", ""))

    def check_verdict(self, cleaned: dict) -> None:
        """The service's own checks, run while the form can still show what was typed."""
        try:
            validate_review(
                verdict=cleaned.get("verdict") or "",
                rationale=cleaned.get("rationale") or "",
                evidence=_evidence_links(cleaned.get("evidence", "")),
            )
        except ReviewRejected as error:
            for field, message in error.errors.items():
                self.add_error(field if field in self.fields else None, message)


class ReviewForm(VerdictFields):
    """A verdict on its own, for reviewers (who may decide a claim but not edit it)."""

    version = forms.IntegerField(widget=forms.HiddenInput)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("verdict"):
            self.check_verdict(cleaned)
        return cleaned


class ClaimAdminForm(VerdictFields, forms.ModelForm):
    """An editor's claim page: corrections and a verdict in one form, saved together by every button.

    Editing a claim carries the version it was opened at, so a stale save is refused. A verdict filled
    in is recorded by whichever button is pressed, never dropped.
    """

    opened_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    verdict = forms.ChoiceField(choices=[("", "—"), *VERDICT_CHOICES], required=False)
    # Set by the admin when one of the "Record" buttons was pressed: then a verdict is required.
    verdict_required = False

    class Meta:
        model = Claim
        fields = ["text", "kind", "speaker", "affiliation"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["opened_version"] = self.instance.version

    @property
    def gives_verdict(self) -> bool:
        return bool(self.cleaned_data.get("verdict"))

    def clean(self):
        cleaned = super().clean()
        opened_at = cleaned.get("opened_version")
        if self.instance.pk and opened_at is not None:
            current = Claim.objects.filter(pk=self.instance.pk).values_list("version", flat=True).first()
            if current != opened_at:
                raise forms.ValidationError(
                    "This claim was changed by someone else since you opened it. "
                    "Reload the page to see the change, then make yours again.",
                    code="stale",
                )
        if cleaned.get("verdict"):
            self.check_verdict(cleaned)
        elif self.verdict_required:
            self.add_error("verdict", "Choose a verdict to record.")
        elif (cleaned.get("rationale") or "").strip() or (cleaned.get("evidence") or "").strip():
            # A rationale without a verdict would otherwise be saved as nothing at all.
            self.add_error("verdict", "You wrote a rationale or evidence: choose the verdict they support.")
        return cleaned


class ReasonField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 2, "cols": 80}))
        kwargs.setdefault("help_text", "Why, for the claim's history.")
        super().__init__(**kwargs)


class NameSpeakerForm(forms.Form):
    """Attribute a claim to a known speaker (autocomplete) or to a new one, with other forms of the name."""

    speaker = forms.ModelChoiceField(
        queryset=Speaker.objects.all(),
        required=False,
        label="Known speaker",
        widget=AutocompleteSelect(Claim._meta.get_field("speaker"), admin.site),
    )
    new_name = forms.CharField(max_length=200, required=False, label="Or a new speaker's name")
    kind = forms.ChoiceField(choices=[("", "guess from the name"), *Speaker.Kind.choices], required=False)
    aliases = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2, "cols": 40}),
        required=False,
        help_text="Other forms of the name the articles use (a surname, a spelling), one per line.",
    )
    reason = ReasonField()
    version = forms.IntegerField(widget=forms.HiddenInput)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("speaker") and not (cleaned.get("new_name") or "").strip():
            raise forms.ValidationError("Choose a known speaker or type a new speaker's name.")
        if cleaned.get("speaker") and (cleaned.get("new_name") or "").strip():
            raise forms.ValidationError("Choose a known speaker or type a new name, not both.")
        return cleaned

    def alias_list(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data.get("aliases", "").splitlines() if line.strip()]


class DismissForm(forms.Form):
    """Dismiss a claim as 'not a claim', or restore a dismissed one: a reason either way."""

    reason = ReasonField()
    version = forms.IntegerField(widget=forms.HiddenInput)

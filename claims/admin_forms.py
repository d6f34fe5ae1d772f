"""Forms of the reviewers' admin: the claim correction form and the verdict form."""

from django import forms

from claims.models import Claim

VERDICT_CHOICES = [(status.value, status.label) for status in Claim.REVIEW_VERDICTS]


class ClaimAdminForm(forms.ModelForm):
    """Editing a claim carries the version it was opened at, so a stale save is refused."""

    opened_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Claim
        fields = ["text", "kind", "speaker", "affiliation"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["opened_version"] = self.instance.version

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
        return cleaned


class ReviewForm(forms.Form):
    verdict = forms.ChoiceField(choices=VERDICT_CHOICES)
    rationale = forms.CharField(widget=forms.Textarea(attrs={"rows": 4, "cols": 80}), required=False)
    evidence = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3, "cols": 80}),
        required=False,
        help_text="Links to the evidence, one http(s) URL per line.",
    )
    version = forms.IntegerField(widget=forms.HiddenInput)

    def evidence_links(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data.get("evidence", "").splitlines() if line.strip()]

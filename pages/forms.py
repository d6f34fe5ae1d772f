"""The public pages' query strings, checked: a bad value is a message on the page, never a server error."""

from django import forms

from pages.queries import ClaimFilters
from pages.verdicts import PUBLIC_STATUS_CHOICES

# As the API's text filters: enough for any name or phrase, and a bound on the words to match.
TEXT_MAX_LENGTH = 200


class SearchForm(forms.Form):
    q = forms.CharField(
        label="Search speakers and claims",
        max_length=TEXT_MAX_LENGTH,
        required=False,
        help_text="A name or surname (misspellings are forgiven), or words from a quote.",
    )


class SpeakerClaimsForm(forms.Form):
    status = forms.MultipleChoiceField(
        label="Verdict", choices=PUBLIC_STATUS_CHOICES, required=False, widget=forms.CheckboxSelectMultiple
    )
    outlet = forms.CharField(label="Outlet", max_length=TEXT_MAX_LENGTH, required=False)
    published_after = forms.DateField(label="From", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    published_before = forms.DateField(label="To", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    q = forms.CharField(label="Words in the quote", max_length=TEXT_MAX_LENGTH, required=False)
    # The keyset cursor: the id below which the next page starts.
    after = forms.IntegerField(min_value=1, max_value=2**63 - 1, required=False, widget=forms.HiddenInput)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("published_after"), cleaned.get("published_before")
        if start and end and start > end:
            self.add_error("published_before", "The end date is before the start date.")
        return cleaned

    def filters(self) -> ClaimFilters:
        data = self.cleaned_data
        return ClaimFilters(
            statuses=data["status"],
            outlet=data["outlet"].strip(),
            published_after=data["published_after"],
            published_before=data["published_before"],
            words=data["q"].strip(),
        )

    def is_filtered(self) -> bool:
        return any(
            self.cleaned_data.get(name) for name in ("status", "outlet", "published_after", "published_before", "q")
        )

"""Forms candidates fill in. Every field has a limit and a clear message; nothing is kept as HTML."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.models import Role, Topic

from .choices import SPOKEN_LANGUAGES, EmploymentType
from .models import MESSAGE_MAX_LENGTH, SUMMARY_MAX_LENGTH, CandidateProfile, web_link

MAX_SALARY = 10_000_000
CONTROL_CHARACTERS = {chr(code) for code in range(32)} - {"\n", "\r", "\t"}


def reject_control_characters(value):
    if value and any(character in CONTROL_CHARACTERS for character in value):
        raise forms.ValidationError(_("Remove the invisible control characters from this text."))


class ProfileForm(forms.ModelForm):
    """The candidate's own profile. Roles and skills are offered in the active language."""

    languages = forms.MultipleChoiceField(
        label=_("Languages you work in"), choices=SPOKEN_LANGUAGES, required=False
    )
    link_1 = forms.URLField(
        label=_("Link"),
        max_length=300,
        required=False,
        assume_scheme="https",
        validators=[web_link],
        error_messages={"invalid": web_link.message},
        help_text=_(
            "Up to three links (portfolio, GitHub…), shown only after you accept a request."
        ),
    )
    link_2 = forms.URLField(
        label=_("Second link"),
        max_length=300,
        required=False,
        assume_scheme="https",
        validators=[web_link],
        error_messages={"invalid": web_link.message},
    )
    link_3 = forms.URLField(
        label=_("Third link"),
        max_length=300,
        required=False,
        assume_scheme="https",
        validators=[web_link],
        error_messages={"invalid": web_link.message},
    )
    employment_types = forms.MultipleChoiceField(
        label=_("Employment types"),
        choices=EmploymentType.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = CandidateProfile
        fields = [
            "display_name",
            "headline",
            "roles",
            "seniority",
            "skills",
            "languages",
            "locations",
            "remote",
            "employment_types",
            "salary_currency",
            "salary_min",
            "salary_max",
            "available_from",
            "link_1",
            "link_2",
            "link_3",
            "summary",
        ]
        widgets = {
            "roles": forms.CheckboxSelectMultiple,
            "skills": forms.CheckboxSelectMultiple,
            "available_from": forms.DateInput(attrs={"type": "date"}),
            "summary": forms.Textarea(attrs={"rows": 6, "maxlength": SUMMARY_MAX_LENGTH}),
        }
        help_texts = {
            "display_name": _("Shown to a company only after you accept its contact request."),
            "locations": _("Cities you would work in, separated by commas."),
            "summary": _("Plain text, up to %(limit)s characters.") % {"limit": SUMMARY_MAX_LENGTH},
        }

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Roles and skills are offered in the active language; the choices made in another language
        # show up ticked through their translation key (the pool filters by translation key too).
        for name, model in (("roles", Role), ("skills", Topic)):
            offered = model.objects.live().filter(locale=locale)
            self.fields[name].queryset = offered
            if self.instance.pk and not self.is_bound:
                keys = getattr(self.instance, name).values("translation_key")
                self.initial[name] = list(offered.filter(translation_key__in=keys))
        self.fields["display_name"].required = True
        for name in ("salary_min", "salary_max"):
            self.fields[name].widget.attrs["max"] = MAX_SALARY
            self.fields[name].validators.append(_max_salary_validator)

    def clean(self):
        cleaned = super().clean()
        for name in ("display_name", "headline", "locations", "summary"):
            try:
                reject_control_characters(cleaned.get(name))
            except forms.ValidationError as error:
                self.add_error(name, error)
        low, high = cleaned.get("salary_min"), cleaned.get("salary_max")
        if (low or high) and not cleaned.get("salary_currency"):
            self.add_error("salary_currency", _("Choose the currency of your salary expectation."))
        if low and high and low > high:
            self.add_error("salary_max", _("The maximum is below the minimum."))
        return cleaned


def _max_salary_validator(value):
    if value is not None and value > MAX_SALARY:
        raise forms.ValidationError(_("Enter an amount up to %(limit)s.") % {"limit": MAX_SALARY})


class ConfirmForm(forms.Form):
    confirm = forms.BooleanField(label=_("Yes, I understand"), required=True)


class JoinPoolForm(forms.Form):
    consent = forms.BooleanField(
        label=_(
            "I agree that verified companies see my profile without my name, e-mail and links."
        ),
        required=True,
        error_messages={"required": _("Tick the box to agree before joining the pool.")},
    )
    version = forms.CharField(widget=forms.HiddenInput)


class ContactRequestForm(forms.Form):
    vacancy = forms.ModelChoiceField(
        label=_("Vacancy"),
        queryset=None,
        empty_label=None,
        error_messages={"invalid_choice": _("Choose one of your company's open vacancies.")},
    )
    message = forms.CharField(
        label=_("Message"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": MESSAGE_MAX_LENGTH}),
        validators=[reject_control_characters],
    )

    def __init__(self, *args, vacancies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["vacancy"].queryset = vacancies

"""Company hiring pages, vacancies and career paths."""

from .career_paths import CareerPathIndexPage, CareerPathPage
from .choices import EmploymentType, RemotePolicy, SalaryUnit, Seniority
from .companies import LOGO_FILTER, CompanyIndexPage, CompanyPage
from .jobs import JobIndexPage, JobPage, JobPageForm, attach_companies

__all__ = [
    "LOGO_FILTER",
    "CareerPathIndexPage",
    "CareerPathPage",
    "CompanyIndexPage",
    "CompanyPage",
    "EmploymentType",
    "JobIndexPage",
    "JobPage",
    "JobPageForm",
    "RemotePolicy",
    "SalaryUnit",
    "Seniority",
    "attach_companies",
]

"""The directory: people, organisations, their posts over time, and countries (Qt-free).

One module per responsibility:

- ``folding``: comparing names (accent- and case-free filter keys, transliteration skeletons);
- ``records``: what the forms edit; ``validation``: the rules, as field-keyed problems;
- ``listing``: the lists as plain rows, filtered by any name form; ``posts``: a person's posts
  over time; ``details``: one record's page (posts, meetings with their title snapshots,
  outcomes, people now and before, last contact);
- ``writes``: the single write path (validation, audit, optimistic version check);
- ``duplicates``: the warning when a new person resembles someone; ``merge``: two records of
  one person made one, keeping every meeting and outcome;
- ``entries``, ``csv_format``, ``vcard``: people and organisations as CSV (Excel) and vCard
  3.0/4.0; ``preview`` plans an import row by row; ``transfer`` reads, exports and applies;
- ``service``: ``DirectoryService``, what the GUI pages call.
"""

from __future__ import annotations

from scoda_desktop.services.directory.details import (
    CountryDetail,
    OrganisationDetail,
    PersonDetail,
    country_detail,
    organisation_detail,
    person_detail,
)
from scoda_desktop.services.directory.duplicates import Candidate, Match, possible_duplicates
from scoda_desktop.services.directory.listing import (
    CountryRow,
    OrganisationRow,
    PersonRow,
    list_countries,
    list_organisations,
    list_people,
)
from scoda_desktop.services.directory.merge import MergeResult, merge_people
from scoda_desktop.services.directory.preview import ImportPreview, plan_import
from scoda_desktop.services.directory.records import (
    CountryRecord,
    OrganisationRecord,
    PersonRecord,
    PostRecord,
    SavedRecord,
)
from scoda_desktop.services.directory.service import DirectoryService
from scoda_desktop.services.directory.transfer import (
    apply_import,
    export_organisations,
    export_people,
    preview_file,
)

__all__ = [
    "Candidate",
    "CountryDetail",
    "CountryRecord",
    "CountryRow",
    "DirectoryService",
    "ImportPreview",
    "Match",
    "MergeResult",
    "OrganisationDetail",
    "OrganisationRecord",
    "OrganisationRow",
    "PersonDetail",
    "PersonRecord",
    "PersonRow",
    "PostRecord",
    "SavedRecord",
    "apply_import",
    "country_detail",
    "export_organisations",
    "export_people",
    "list_countries",
    "list_organisations",
    "list_people",
    "merge_people",
    "organisation_detail",
    "person_detail",
    "plan_import",
    "possible_duplicates",
    "preview_file",
]

"""dates stage: publication dates and date mentions in Arabic, Persian and English.

Gregorian, Solar Hijri (Iranian and Afghan month names) and lunar Hijri dates
are converted to Gregorian through calendar plug-ins (``dates.calendars``);
relative words and weekdays are resolved against an anchor date.
"""

from diplowatch.dates.mentions import DateMention, find_dates
from diplowatch.dates.published import (
    normalise_published_field,
    publication_date,
    publication_date_normalized,
)

__all__ = [
    "DateMention",
    "find_dates",
    "normalise_published_field",
    "publication_date",
    "publication_date_normalized",
]

"""Dates and times as the person's language writes them (Qt's default locale), no weekday."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

# The weekday and what joins it to the date ("dddd, " in "dddd, d 'de' MMMM 'de' yyyy").
_WEEKDAY = re.compile(r"d{4}[,.]?\s*|,?\s*d{4}")


def long_date_pattern(locale: QLocale) -> str:
    """The locale's long date pattern without the weekday: "d MMMM yyyy", "d. MMMM yyyy"..."""
    return _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")


def long_date(moment: date, locale: QLocale | None = None) -> str:
    """24 November 2026, 24 de noviembre de 2026, 24. November 2026, 24 novembre 2026."""
    locale = locale or QLocale()
    return locale.toString(QDate(moment.year, moment.month, moment.day), long_date_pattern(locale))


def date_and_time(moment: datetime, locale: QLocale | None = None) -> str:
    """The date as `long_date` gives it and the time as the locale writes a short time."""
    locale = locale or QLocale()
    local = moment.astimezone()
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{long_date(local, locale)} {time}"

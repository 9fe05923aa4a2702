"""What every command-line handler is given: paths, streams, the clock, and the store on demand."""

from __future__ import annotations

import os

from kraken_guard.core.language_setting import (
    ENGLISH,
    resolve_language,
    saved_language,
    system_languages,
)
from kraken_guard.core.paths import (
    DATABASE_NAME,
    KEY_FILE_NAME,
    KEY_MARKER_NAME,
    AppPaths,
    absent,
    home_data_folder,
    nothing_saved_in,
    resolve_paths,
)
from kraken_guard.core.ts_catalogue import Translate, fill, translator_for

# Imported when first used, so a command loads only what it needs: `verify` with nothing saved
# loads no store, no trust layer, no dataclasses and no typing.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from datetime import date, datetime
    from typing import TextIO

    from kraken_guard.core.store import Store
    from kraken_guard.core.store_peek import SavedSettings
    from kraken_guard.core.trust.signed_items import Doubt, TrustedItems

# The context of the command line's own words in the .ts files (QT_TRANSLATE_NOOP("cli", ...)).
CLI = "cli"
GUARDED_CONTEXT = "guarded"

# Exit codes beyond 0 (done), 1 (refused or failed) and 2 (usage); README lists them.
EXIT_KEY = 3  # the key that checks saved data is missing, unreachable, or in the wrong place
EXIT_DATA = 4  # saved data is missing, older than the last change, copied or changed as a set
EXIT_DISK_FULL = 5  # the disk is full: nothing was changed or moved


def doubt_exit(doubt: Doubt | None) -> int:
    """The exit code for saved data that cannot be checked (0 when it can)."""
    if doubt is None:
        return 0
    return EXIT_KEY if doubt.about_key else EXIT_DATA


class CliError(Exception):
    """A failure the person can act on; the message says what to do next."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def utc_now() -> datetime:
    from datetime import UTC, datetime

    return datetime.now(UTC)


class CliContext:
    """A plain class rather than a dataclass: dataclasses costs a quick command ~5 ms."""

    def __init__(
        self,
        paths: AppPaths | None,
        out: TextIO,
        err: TextIO,
        inp: TextIO,
        now: Callable[[], datetime] = utc_now,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self._paths = paths  # None: worked out from `environ` when first needed
        self.out = out
        self.err = err
        self.inp = inp
        self.now = now
        self.environ: Mapping[str, str] = os.environ if environ is None else environ
        self._store: Store | None = None
        self._trusted: TrustedItems | None = None
        self._language: str | None = None
        self._translate: Translate | None = None
        self._looked = False
        self._untrusted: SavedSettings | None = None

    @classmethod
    def from_environment(cls, *, out: TextIO, err: TextIO, inp: TextIO) -> CliContext:
        return cls(paths=None, out=out, err=err, inp=inp)

    @property
    def paths(self) -> AppPaths:
        if self._paths is None:
            self._paths = resolve_paths(self.environ)
        return self._paths

    def nothing_saved(self) -> bool:
        """True when nothing was ever saved in the data folder (paths.nothing_saved_in); found
        without pathlib (~4 ms) when KRAKEN_GUARD_HOME names the folder."""
        data = home_data_folder(self.environ) if self._paths is None else None
        return nothing_saved_in(data) if data is not None else self.paths.nothing_saved()

    def untrusted_settings(self) -> SavedSettings | None:
        """The saved settings when nothing trusted was ever saved here (no key file, no key
        note, and a data file without trusted items, their record or a saved call), read
        without opening the store; None when there is something for the trust checks to
        judge. Found once per command."""
        if not self._looked:
            self._looked = True
            self._untrusted = self._look_for_untrusted()
        return self._untrusted

    def _look_for_untrusted(self) -> SavedSettings | None:
        from kraken_guard.core.store_peek import SavedSettings, settings_if_untrusted

        if self.nothing_saved():
            return SavedSettings({})
        data = home_data_folder(self.environ) if self._paths is None else None
        folder = data if data is not None else str(self.paths.data)
        if not all(absent(os.path.join(folder, name)) for name in (KEY_FILE_NAME, KEY_MARKER_NAME)):
            return None
        database = os.path.join(folder, DATABASE_NAME)
        return settings_if_untrusted(database) if os.path.isfile(database) else None

    def language(self) -> str:
        """The language to speak: KRAKEN_GUARD_LANG, the saved choice, then LANGUAGE/LC_*/LANG."""
        if self._language is None:
            # Read the saved choice only where a database exists: asking must not create one.
            saved = None
            settings = self.untrusted_settings()
            if settings is not None:
                saved = saved_language(settings)  # type: ignore[arg-type]
            elif self.paths.database.is_file():
                saved = saved_language(self.store())
            self._language = resolve_language(saved, system_languages(self.environ), self.environ)
        return self._language

    def reset_language(self) -> None:
        """Forget the language worked out so far (after the person chose another)."""
        self._language = None
        self._translate = None

    def tr(self, context: str, text: str) -> str:
        """A core string (QT_TRANSLATE_NOOP) in the person's language, read from its .ts file."""
        if self._translate is None:
            self._translate = translator_for(self.language())
        return self._translate(context, text)

    def fill(self, context: str, template: str, **values: object) -> str:
        """tr() then format(); a translation with a broken {placeholder} reads English."""
        return fill(self.tr, context, template, **values)

    def long_date(self, moment: date) -> str:
        """24 November 2026 in English; Babel's long date in any other language."""
        language = self.language()
        if language == ENGLISH:
            return f"{moment.day} {moment:%B %Y}"
        from babel.dates import format_date

        return format_date(moment, format="long", locale=language)

    def store(self) -> Store:
        """Open the store the first time a command needs it; report a damaged file kept aside."""
        if self._store is None:
            from kraken_guard.core.store import StoreError, open_store

            try:
                self.paths.ensure()
            except OSError as error:
                raise CliError(
                    f"Kraken Guard could not use its folder {error.filename or self.paths.data} "
                    f"({error.strerror}). Check that the folder belongs to you and that the disk "
                    "is not full, then try again."
                ) from error
            try:
                self._store, recovery = open_store(self.paths.database)
            except StoreError as error:
                code = EXIT_DISK_FULL if error.disk_full else 1
                raise CliError(str(error), exit_code=code) from error
            if recovery is not None:
                print(recovery.message(), file=self.err)
        return self._store

    def confirm_guarded(self, change: str, *, assume_yes: bool) -> None:
        """Show the trusted-data warning and require the typed word (or --yes); raise if refused."""
        from kraken_guard.core.trust.guarded_change import CONFIRM_WORD, PROMPT, WARNING, confirms

        print(self.tr(GUARDED_CONTEXT, WARNING), file=self.err)
        print(change, file=self.err)
        if assume_yes:
            return
        print(self.fill(GUARDED_CONTEXT, PROMPT, word=CONFIRM_WORD), file=self.err)
        print("> ", end="", file=self.err, flush=True)
        typed = self.inp.readline()
        if not confirms(typed):
            raise CliError("Nothing was changed. (Use --yes in scripts you wrote yourself.)")

    def trusted(self) -> TrustedItems:
        """The signed bookmarks and numbers; the keychain is reached once, when first needed."""
        if self._trusted is None:
            from kraken_guard.core.trust.signed_items import TrustedItems, keychain_key

            key_file = self.paths.key_file
            self._trusted = TrustedItems(self.store(), lambda: keychain_key(key_file), self.now)
        return self._trusted

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

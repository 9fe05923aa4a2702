"""Wires the start-at-login checkbox to the core's autostart entry and remembers the offer."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject

from kraken_guard.app.dialogs import Dialogs
from kraken_guard.core.autostart import Autostart, AutostartError
from kraken_guard.core.store import Store
from kraken_guard.views.autostart_offer import AutostartOffer

log = logging.getLogger(__name__)

OFFERED_SETTING = "autostart_offered"


class AutostartSetting(QObject):
    """Turns start at login on or off when the person asks; nothing is written before that."""

    def __init__(
        self,
        offer: AutostartOffer,
        autostart: Autostart,
        store: Store,
        dialogs: Dialogs,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._offer = offer
        self._autostart = autostart
        self._store = store
        self._dialogs = dialogs
        offer.set_offered(store.get_setting(OFFERED_SETTING) != "1")
        offer.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        """Show the real state: the person may have changed it with the CLI or their desktop."""
        try:
            state = self._autostart.status()
        except OSError as error:
            log.warning("start at login: could not read its state (%s)", error)
            self._offer.show_state(False)
            return
        note = QCoreApplication.translate("autostart", state.note) if state.note else ""
        self._offer.show_state(state.enabled, note)

    def finished(self) -> None:
        """The setup was finished: the question was asked; from now on it is a plain setting."""
        self._store.set_setting(OFFERED_SETTING, "1")
        self._offer.set_offered(False)

    def _on_changed(self, wanted: bool) -> None:
        try:
            state = self._autostart.enable() if wanted else self._autostart.disable()
        except AutostartError as error:
            text = QCoreApplication.translate("autostart", error.template).format(**error.fields)
            self._dialogs.warn(self._offer, self.tr("Start at login not changed"), text)
            self.refresh()
            return
        self._store.set_setting(OFFERED_SETTING, "1")
        log.info("start at login %s (%s)", "on" if state.enabled else "off", state.where)
        note = QCoreApplication.translate("autostart", state.note) if state.note else ""
        self._offer.show_state(state.enabled, note)
